import {testObstacleCases} from './terms-context.js';

// Ninth batch of obstacle phrasing families, from the domestic-politics misses of held-out set 14 and written
// out over other negotiations: a No campaign or a referendum's turnout and threshold, nationalist pressure at
// home, a leader warned he will "not have a mandate", civilian coalitions objecting to the deal. Invented
// sentences, with near-misses that must not fire.
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
];

testObstacleCases(CASES);
