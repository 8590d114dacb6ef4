import {testObstacleCases, testTermCases} from './terms-context.js';

// Tenth batch of obstacle phrasing families, from the misses of held-out set 15 (and a few of sets 13 and 14),
// written out over other negotiations: a leader's death that "dashed hopes" of a deal or killed the man whose
// answer the mediators awaited; a vow that an attack "will not go unanswered" beside fears of a wider war, a
// neighbour that one miscalculation could "drag in", mobilisation or annexation freezing further exchanges;
// lists cut, names missing, exchanges held up, no date set; releases withheld "until the war ends", a war "not
// over", "until total victory", an end of the war "which the other side rejects", a pause "not an end to the
// war"; offensives approved or warned against; proof demanded, promises broken before, "who will check";
// aid workers blocked or kept out, convoys looted, permits for each convoy; unconditional withdrawal demanded,
// troops kept "as long as" a threat remains. Invented sentences, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// leader-killed: hopes dashed (even where the dashed hope was an opening), the awaited answer, the negotiator killed
	['The death of the Houthi military chief crushed hopes that it would be an opening for the talks.', ['leader-killed']],
	['The assassination of the rebel commander shattered hopes that the Juba talks could resume this month.', ['leader-killed']],
	['Mediators had been awaiting his reply to the proposal when he was killed in a drone strike.', ['leader-killed']],
	["How can talks work when one side kills the other's negotiator, the Qatari minister asked.", ['leader-killed']],
	// Near misses: civilians killed while an answer is awaited, a death in a historical aside, a death called an opportunity.
	["The mediators were waiting for Hamas's answer when an airstrike killed 30 people in a school.", []],
	['His father was killed in 1982, long before the talks began, and he rarely speaks of it.', []],
	['Nasrallah, whose predecessor was killed by Israel in 1992, had led the group for three decades.', []],
	['The killing of the Hamas leader in 2004 is still commemorated every year in Gaza.', []],
	["Biden called Sinwar's death an opportunity to seek a path to peace.", []],
	// escalation
	['A drone strike on the convoy dashed hopes of a truce before the holiday, mediators said.', ['escalation']],
	['The shelling of the port crushed expectations that the talks would resume this week.', ['escalation']],
	['Tehran vowed revenge for the strike, stoking fears of a regional war.', ['escalation']],
	['The Houthis said the attack would not go unpunished, raising the spectre of a wider conflict.', ['escalation']],
	["Moscow said the drone attack on its delegation's hotel would not go unanswered.", ['escalation']],
	['Kyiv said the strike on the grain port during the talks cannot go unpunished.', ['escalation']],
	['Diplomats worry that a single misstep could drag Iran in.', ['escalation']],
	['Any miscalculation could trigger a clash that no one wants, a Western diplomat said.', ['escalation']],
	['Analysts asked whether Belarus might join the war if the fighting spreads.', ['escalation']],
	['Ukrainian officials fear the annexation votes will derail the next round of prisoner swaps.', ['escalation']],
	["Russia's new call-up has complicated the talks, the negotiators said.", ['escalation']],
	['The minister said Israel would not retaliate, easing fears of a wider war.', []],
	['Organisers hope the festival will draw visitors in.', []],
	['Fans were asked whether they would join in the singing.', []],
	['Kyiv demands an end to mobilisation in the occupied regions as part of the talks.', []],
	// exchange-details
	['The list of prisoners was pared down to twelve after Kigali objected.', ['exchange-details']],
	['The handover of the captives was delayed by several hours at the crossing.', ['exchange-details']],
	['Two names were missing from the list of detainees, relatives said.', ['exchange-details']],
	['The names of the prisoners remain secret, officials on both sides said.', ['exchange-details']],
	['Kyiv says it will not sign any swap that leaves the Azov officers behind.', ['exchange-details']],
	['The accord sets no date for the release of the detained fishermen.', ['exchange-details']],
	["The timing of the prisoners' return depends on the truce holding, Thai officials said.", ['exchange-details']],
	["The Houthis say they cannot account for 14 of the detainees on the government's list.", ['exchange-details']],
	['Every name on the list was haggled over for weeks.', ['exchange-details']],
	['Each name was fought over one by one, a negotiator said.', ['exchange-details']],
	['The list of speakers was cut to five to save time.', []],
	['The match was delayed by two hours because of rain.', []],
	['The fighting in the north was delayed by heavy rain, officials said.', []],
	['The unconditional release of all detainees is a priority, the UN said.', []],
	// end-of-war-dispute: releases withheld until the war ends (not an exchange-details dispute), a war not over, victory, rejection
	['Hamas said no more hostages would be freed until Israel stops its aggression.', ['end-of-war-dispute']],
	['The Houthis say they will not release the crew until the war on Gaza ends.', ['end-of-war-dispute']],
	['Moscow says it will sign nothing until Kyiv stops its offensive in Kursk.', ['end-of-war-dispute']],
	['The defence minister insisted the campaign was far from over, a day after the talks in Istanbul.', ['end-of-war-dispute']],
	['"The war goes on," the president said after the hostages\' funeral.', ['end-of-war-dispute']],
	['The premier said the fighting would continue "until total victory" over the rebels.', ['end-of-war-dispute']],
	['Burhan vowed to fight on until the final defeat of the militia.', ['end-of-war-dispute']],
	['Hamas demands an end to the war, a condition Netanyahu has rejected.', ['end-of-war-dispute']],
	['The rebels want a permanent truce, something the junta rules out.', ['end-of-war-dispute']],
	['The two delegations remain split over whether the agreement would end the war.', ['end-of-war-dispute']],
	['On whether the fighting stops for good, neither side has budged.', ['end-of-war-dispute']],
	['Moscow has offered a 30-day truce, not an end to the war, officials said.', ['end-of-war-dispute']],
	['Israel accepted a six-week pause rather than an end to the fighting.', ['end-of-war-dispute']],
	['Hamas wants Israel to end its offensive for good, and Israel refuses.', ['end-of-war-dispute']],
	['Kyiv demands that Moscow end its invasion once and for all, which the Kremlin rejects.', ['end-of-war-dispute']],
	['Displaced families say they will not go home until the fighting stops.', []],
	['The war is not over for the families of the missing, the charity said.', []],
	['Analysts wonder whether the war will end this year.', []],
	['The ceasefire held through the night, and the talks resumed on Monday.', []],
	// military-operations
	['Putin signed off on plans for a spring offensive in Zaporizhzhia.', ['military-operations']],
	['The cabinet authorised a ground operation in southern Lebanon.', ['military-operations']],
	['Egypt warned against an Israeli offensive on Rafah.', ['military-operations']],
	['The cabinet approved plans for a new hospital in the north.', []],
	// guarantees-dispute
	['"We will believe it when we see the trucks cross," a Sudanese aid official said.', ['guarantees-dispute']],
	['The envoy announced the pledge without specifying how it would be verified.', ['guarantees-dispute']],
	['Kyiv demands verification that the deported children are alive.', ['guarantees-dispute']],
	['"We have been promised this before and nothing changed," a displaced farmer in Darfur said.', ['guarantees-dispute']],
	['Who will verify that the fighters have really left, the mayor asked, recalling promises that were broken.', ['guarantees-dispute']],
	['Who will check in the delegation at the hotel?', []],
	['Residents were told before the storm that the roads would close.', []],
	// humanitarian-access
	['Relief workers say they were barred from entering the besieged city.', ['humanitarian-access']],
	['Aid convoys have been looted twice this month on the road to El Obeid.', ['humanitarian-access']],
	['The army insists on inspections of every aid truck.', ['humanitarian-access']],
	['Journalists were barred from entering the courtroom.', []],
	['Fans were kept out of the stadium.', []],
	// withdrawal-dispute
	['Tshisekedi again demanded the unconditional departure of Rwandan forces.', ['withdrawal-dispute']],
	['Azerbaijan wants Armenian troops to withdraw unconditionally from the border villages.', ['withdrawal-dispute']],
	['Moscow describes its troops in Transnistria as a security necessity.', ['withdrawal-dispute']],
	['As long as the militias are armed, our army will stay in the buffer zone.', ['withdrawal-dispute']],
	['As long as the rain is there, the farmers will stay home.', []],
];

testObstacleCases(CASES);

// The permanent-ceasefire term behind some of them: an offensive or invasion ended "for good".
testTermCases([
	['Hamas will not discuss more releases until Israel ends its offensive for good.', 'permanent-ceasefire', true],
	['Kyiv demands that Moscow end its invasion once and for all.', 'permanent-ceasefire', true],
	['The army ended its offensive in the north on Friday, the ministry said.', 'permanent-ceasefire', false],
]);
