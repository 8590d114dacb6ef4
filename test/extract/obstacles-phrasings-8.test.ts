import {testObstacleCases} from './terms-context.js';

// Eighth batch of obstacle phrasing families, drawn from the kinds of misses in held-out set 12 and written
// out over other negotiations: a hold-up "over the lists", "every name" as its own negotiation, a side
// balking "at freeing" prisoners, objections to "the release of" men, the ratio or identities of those freed
// set out as unresolved; an army "readied to move into" a city, talks "used to gain ground", violence that
// "has not let up", fighting that goes on "until the pause begins"; a party that "voted against" the deal,
// a deal passed "over the objections of" a minister, protesters storming parliament, calls for a leader's
// resignation, the opposition wanting the process ended, a term "running out"; outside powers "drawn in",
// "patience" running out, a calm that "will not hold by itself", an aircraft "shot down"; truces "agreed and
// broken", "who broke it", a delegation that "cannot guarantee" what its fighters do, "non-compliance"; who
// "moves first" on a withdrawal. Invented sentences, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// exchange-details
	['The hold-up was over the lists: who would be freed first and in what order, a Sudanese mediator said.', ['exchange-details']],
	['Ukrainian officials said the delay was about the names of the prisoners to be swapped, not the principle.', ['exchange-details']],
	['"Every name is a fight," a Ukrainian negotiator said of the exchange lists.', ['exchange-details']],
	['The government balked for weeks at freeing the last 200 prisoners, many of them commanders.', ['exchange-details']],
	['Kyiv objected to the release of men convicted of war crimes, stalling the swap.', ['exchange-details']],
	['The ratio of prisoners to hostages remains the hardest question, an Egyptian official said.', ['exchange-details']],
	['The identities of the detainees have yet to be agreed, the ICRC said.', ['exchange-details']],
	['The names of the prisoners were read out at the ceremony in Juba.', []],
	['The hold-up was caused by a storm that closed the airport.', []],
	['Every name on the list was checked by the Red Cross before the buses left.', []],
	// military-operations
	['The army chief ordered troops to prepare to move into El Fasher, hours after the talks in Jeddah stalled.', ['military-operations']],
	['Kinshasa accused the rebels of using the talks to gain ground around Goma.', ['military-operations']],
	['The militia is using the truce to reposition its fighters around El Obeid, Sudanese officials said.', ['military-operations']],
	['Violence has not let up in Donetsk since the delegations met in Istanbul.', ['military-operations']],
	['Shelling went on along the front, and the army said its operations would continue until the truce takes effect on Monday.', ['military-operations']],
	['Both sides said they were ready to implement the ceasefire on Monday.', []],
	['Violence has eased across the region since the truce took effect.', []],
	// domestic-politics
	["The deal passed the cabinet, but two far-right ministers voted against it.", ['domestic-politics']],
	["The agreement was approved over the objections of the finance minister, whose party threatens to quit.", ['domestic-politics']],
	['Protesters stormed the parliament within hours of the peace agreement, calling the prime minister a traitor.', ['domestic-politics']],
	['Opposition parties demanded the resignation of the president over the deal with the rebels.', ['domestic-politics']],
	['The opposition wants the government to end the peace process and arrest the rebel negotiators.', ['domestic-politics']],
	['With his term ending next year and elections due in May, the president is running out of time to deliver peace.', ['domestic-politics']],
	['The opposition leader welcomed the deal and urged lawmakers to ratify it.', []],
	['The rescue team is running out of time to reach survivors under the rubble.', []],
	// escalation
	['Diplomats fear the fighting could draw in neighbouring powers if the talks in Doha fail.', ['escalation']],
	["The rebels warned that their patience is wearing thin as talks on the truce stall.", ['escalation']],
	['"The calm will not hold by itself," a Houthi official said of the stalled talks.', ['escalation']],
	['Azerbaijani forces shot down a helicopter, raising fears of a wider confrontation just as talks began.', ['escalation']],
	['The crowd showed great patience as the delegations arrived.', []],
	// guarantees-dispute
	['More than a dozen truces have been agreed and broken in Darfur since 2023.', ['guarantees-dispute']],
	['"What we need is someone who will say publicly who broke the truce," a Congolese diplomat said.', ['guarantees-dispute']],
	["The rebel delegation cannot guarantee what its commanders in the field do, government negotiators said.", ['guarantees-dispute']],
	["The ELN said the government had failed to comply with the ceasefire protocol, freezing the talks.", ['guarantees-dispute']],
	['The monitors will report violations to both delegations every week.', []],
	// withdrawal-dispute
	["They want the withdrawal first; we want the militias disarmed. Whoever moves first moves alone.", ['withdrawal-dispute']],
	['The sides are still arguing over the order of steps: the troop withdrawal or the handover of weapons.', ['withdrawal-dispute']],
	['The withdrawal of foreign forces began on schedule, the monitoring mission said.', []],
];

testObstacleCases(CASES);
