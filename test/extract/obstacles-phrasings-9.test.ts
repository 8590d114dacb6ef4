import {testObstacleCases} from './terms-context.js';

// Ninth batch of obstacle phrasing families, from the misses of held-out sets 13 and 14 and written out over
// other negotiations: a No campaign or a referendum's turnout and threshold, nationalist pressure at home, a
// leader warned he will "not have a mandate", civilian coalitions objecting to the deal; a campaign "against
// terrorism" that will go on, a government offensive, fighting that resumes "where it left off", victory that
// "requires entry into" a city; a truce "violated within hours", "reasons not to trust", agreements that are
// "only paper". Invented sentences, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	['Former president Uribe is leading the campaign for the No, calling the peace deal a surrender.', ['domestic-politics']],
	['The No campaign is gaining ground ahead of the vote on the accord, polls show.', ['domestic-politics']],
	['The government needs not just a win but a turnout above the legal threshold in the plebiscite on the accord.', ['domestic-politics']],
	['Analysts fear the referendum on the deal could be lost if turnout is low.', ['domestic-politics']],
	['The acting prime minister faces nationalist pressure over the border deal with Cambodia.', ['domestic-politics']],
	['A senior minister warned that if the prime minister signs the deal, he will not have a mandate to continue.', ['domestic-politics']],
	['The civilian coalition objected to seats in the transitional council being handed to the armed movements under the deal.', ['domestic-politics']],
	// Near misses: a vote or campaign that is not about the deal, a military campaign, a mandate of a mission.
	['Voters went to the polls in a referendum on a new constitution last year, with a high turnout.', []],
	['The army launched a campaign against the rebels in the north.', []],
	['The UN mission has a mandate to monitor the ceasefire line.', []],
	// military-operations
	["Damascus's envoy said the fight against terrorism will continue inside the zones, whatever the memorandum says.", ['military-operations']],
	['A government offensive in southern Unity in April killed hundreds and set the talks back.', ['military-operations']],
	['The defence minister said the army would continue exactly where it left off once the pause ended.', ['military-operations']],
	['The prime minister said victory requires entry into Rafah.', ['military-operations']],
	['The fight against poverty will continue, the minister said at the donors\' conference.', []],
	['The offensive remarks drew a protest from the Foreign Ministry.', []],
	// guarantees-dispute
	['A cessation of hostilities signed in December was violated within hours, and each side blamed the other.', ['guarantees-dispute']],
	['"Each side has a reason not to trust the other," an Angolan diplomat said.', ['guarantees-dispute']],
	['Peace will come when the shelling stops for a month, not when it is written on paper.', ['guarantees-dispute']],
	['"We have had paper before," a rebel commander said of the deal.', ['guarantees-dispute']],
	['The agreement was written in Arabic and English, officials said.', []],
];

testObstacleCases(CASES);
