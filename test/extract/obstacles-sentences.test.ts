import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractObstacles} from '../../source/core/extract/extract-obstacles.js';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import {contextOf} from './terms-context.js';

// Invented sentences from several negotiations (Gaza, Lebanon, Ukraine, Sudan, DRC, Iran,
// Afghanistan, Armenia-Azerbaijan), each with every term (T:) and obstacle (O:) kind it should give.
const CASES: Array<[string, string[]]> = [
	["The two sides agreed to a humanitarian pause in fighting to allow aid deliveries into Khartoum.", ["T:ceasefire", "T:humanitarian-aid"]],
	["Under the deal, Israel would free 1,900 Palestinian prisoners, including 230 serving life sentences.", ["T:prisoner-release"]],
	["Hamas is expected to hand over the bodies of four hostages on Thursday under the agreement.", ["T:hostage-release"]],
	["Negotiators are discussing a framework that would see Hamas relinquish control of Gaza to a Palestinian committee.", ["T:governance"]],
	["Israel demands that Hamas leaders go into exile as part of any deal.", []],
	["The proposal would allow residents of northern Gaza to return home through the Netzarim corridor.", ["T:return-of-displaced"]],
	["Mediators proposed a 60-day ceasefire during which talks on a permanent truce would take place.", ["T:ceasefire", "T:permanent-ceasefire"]],
	["Russia insists that any settlement must include Ukraine's neutrality and limits on its armed forces.", ["O:disarmament-dispute", "T:disarmament"]],
	["The gap between the sides remains wide over the scope of an Israeli withdrawal.", ["O:withdrawal-dispute", "T:withdrawal"]],
	["Israel has refused to commit to ending the war, saying it must retain the right to resume fighting.", ["O:end-of-war-dispute", "T:permanent-ceasefire"]],
	["Israel insists on the right to resume fighting after the first phase, a demand Hamas rejects.", ["O:end-of-war-dispute", "T:phased-deal"]],
	["Hamas wants guarantees that Israel will not resume the war once the hostages are freed.", ["O:end-of-war-dispute", "O:guarantees-dispute", "T:guarantees", "T:hostage-release"]],
	["Hamas accused Israel of stalling by adding new conditions, including control of the Morag corridor.", ["O:withdrawal-dispute", "T:security-arrangements"]],
	["Disagreements over the list of prisoners to be freed have held up the second exchange.", ["O:exchange-details", "T:prisoner-release"]],
	["The RSF and the army have traded blame for the failure of the Jeddah talks.", []],
	["Witkoff said a deal was within reach and that both sides had shown flexibility.", []],
	["An Israeli official said Hamas's response to the proposal was 'not serious' and that the gaps remain significant.", []],
	["Israel's security cabinet approved the agreement by a vote of 24 to 8, with far-right ministers Ben-Gvir and Smotrich opposing it.", ["O:domestic-politics"]],
	["Netanyahu faces pressure from his coalition partners, who have threatened to topple the government if the war ends.", ["O:domestic-politics"]],
	["The killing of Nasrallah has thrown the Lebanon negotiations into disarray.", []],
	["Hezbollah said it would not discuss its weapons until Israel withdraws from the five points it still occupies.", ["O:disarmament-dispute", "O:withdrawal-dispute", "T:disarmament", "T:withdrawal"]],
	["Egypt has proposed that a force of Palestinian police trained in Egypt and Jordan secure Gaza after the war.", []],
	["Trump said the United States would take over Gaza and rebuild it, an idea Arab states rejected.", ["T:reconstruction"]],
	["Israel halted all aid into Gaza on March 2 to pressure Hamas to accept an extension of the first phase.", ["O:humanitarian-access", "T:humanitarian-aid", "T:phased-deal"]],
	["The deal would allow more aid into Gaza and see Israeli troops move out of populated areas.", ["T:humanitarian-aid", "T:withdrawal"]],
	["Washington announced more military aid to Israel on Tuesday.", []],
	["Hamas has sought to parlay any deal into an end to the fighting and a withdrawal of Israeli forces. Israel has ruled this out, saying it would resume efforts to dismantle the military capabilities of Hamas.", ["O:end-of-war-dispute", "T:permanent-ceasefire", "T:withdrawal"]],
	["Hamas is flexible about the number of hostages it can free, but the problem has always been over Israel's commitment to end the war.", ["O:end-of-war-dispute", "T:hostage-release", "T:permanent-ceasefire"]],
	["The proposal calls for the total dismantling of Hezbollah's military infrastructure, a stipulation Israel has declared non-negotiable.", ["O:disarmament-dispute", "T:disarmament"]],
	["The blockade has become a central obstacle to the talks, with Hamas demanding that aid resume before any new deal.", ["O:humanitarian-access"]],
	["Putin has ordered a 30-hour Easter truce, which Kyiv dismissed as a publicity stunt.", ["T:ceasefire"]],
	["Russia and Ukraine agreed to stop attacks on energy infrastructure for 30 days, the Kremlin said after the call.", ["T:ceasefire"]],
	["The Jeddah declaration commits both sides to allow safe passage for civilians and aid.", ["T:humanitarian-aid"]],
	["The agreement calls for the integration of M23 fighters into the national army.", ["T:disarmament"]],
	["Iran wants guarantees that Washington will not withdraw from the deal again.", ["O:guarantees-dispute", "T:guarantees"]],
	["Under the 2015 deal, IAEA inspectors monitored Iran's enrichment.", []],
	["Israel and Hamas remain at odds over the maps showing where Israeli troops would redeploy.", ["O:withdrawal-dispute", "T:withdrawal"]],
	["Armenia and Azerbaijan initialled a peace treaty at the White House, but Baku insists Yerevan first change its constitution.", []],
	["Hamas's refusal to disarm remains the main obstacle to the second phase of the deal.", ["O:disarmament-dispute", "T:disarmament", "T:phased-deal"]],
	["The talks collapsed after Israel refused to end the war.", ["O:end-of-war-dispute", "T:permanent-ceasefire"]],
	["Shelling continued in Kherson overnight, regional officials said.", []],
	["Diplomats hope the truce will hold long enough for talks on a permanent settlement.", ["T:ceasefire"]],
	["The ceasefire has largely held since November, though Israel still carries out near-daily strikes.", ["T:ceasefire"]],
	["Israel said it would keep troops in five strategic points in southern Lebanon, a move Beirut rejected as a violation of the agreement.", ["O:withdrawal-dispute"]],
	["The Taliban demanded the release of 5,000 prisoners before intra-Afghan talks could begin.", ["T:prisoner-release"]],
	["The deal includes a prisoner exchange, the reopening of the Rafah crossing and the entry of 600 aid trucks daily.", ["T:humanitarian-aid", "T:prisoner-release"]],
	["The deal includes a prisoner exchange for the hostages still held in Gaza.", ["T:hostage-release", "T:prisoner-release"]],
	["Russia and Ukraine agreed on an exchange of prisoners of war in Istanbul.", ["T:prisoner-release"]],
	["Trump has repeatedly threatened to use force if the nuclear talks with Iran fail.", ["O:escalation"]],
	["Netanyahu has taken a hard line on the ceasefire talks, saying he will not end the war until Hamas is destroyed.", ["O:end-of-war-dispute", "T:ceasefire", "T:permanent-ceasefire"]],
	["The Saudi-Houthi talks are focused on lifting the blockade on the ports, payment of salaries and a timeline for foreign forces to exit the country.", ["T:humanitarian-aid", "T:withdrawal"]],
	["Iran insists on retaining its enrichment program, while Washington demands a full halt to enrichment.", []],
	["Aid agencies said the army was blocking humanitarian deliveries to Darfur, a key point of contention in Jeddah.", ["O:humanitarian-access", "T:humanitarian-aid"]],
	["The declaration includes plans to restore government authority in areas controlled by the rebels.", ["T:governance"]],
	["There are differing views on whether the rebels will withdraw from the cities they seized under the deal.", ["O:withdrawal-dispute", "T:withdrawal"]],
];

for (const [text, want] of CASES) {
	test(text, () => {
		const ctx = contextOf(text);
		const got = [...extractTerms(ctx).map((t) => `T:${t.kind}`), ...extractObstacles(ctx).map((o) => `O:${o.kind}`)].sort();
		assert.deepEqual(got, want);
	});
}
