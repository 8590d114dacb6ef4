import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf, namesEvent} from './entities-helper.js';

// Invented sentences for the timeline of events-timeline-world.json: each names one dated event of the
// Russia-Ukraine, Sudan, DRC, Caucasus, Thailand-Cambodia, India-Pakistan and Tigray talks (or a recurring
// summit with a year clue) and dates a short report from it; near-misses name a like event that is not it.

const dated: Array<[string, string]> = [
	['Delegations met again on Saturday, two days after the second round of talks in Belarus ended without a ceasefire.', '2022-03-05'],
	['Kyiv said on Sunday, two days after Vance\'s speech at the Munich Security Conference, that it would not sign the minerals deal.', '2025-02-16'],
	['Zelensky, a day after he presented his victory plan to lawmakers, flew to Brussels.', '2024-10-17'],
	['Kyiv welcomed the pick on Thursday, a day after Trump named Keith Kellogg as his special envoy for Ukraine and Russia.', '2024-11-28'],
	['Zelensky said the Kremlin was stalling, three days after Trump called him a dictator without elections.', '2025-02-22'],
	['European leaders met again on Thursday, four days after the Lancaster House summit on Ukraine.', '2025-03-06'],
	['Ukraine said on Friday, two days after the US paused intelligence sharing with Kyiv, that strikes had grown harder to counter.', '2025-03-07'],
	['Ukrainian and US officials met on Tuesday, a day after the technical talks in Riyadh on shipping in the Black Sea.', '2025-03-25'],
	['Moscow set new conditions two days after the Black Sea ceasefire was announced by the White House.', '2025-03-27'],
	['Zelensky spoke to reporters a day after the Palm Sunday strike on Sumy.', '2025-04-14'],
	['Trump met Zelensky in Rome on Saturday, five days after the death of Pope Francis.', '2025-04-26'],
	['Kyiv buried its dead on Friday, a day after Trump wrote "Vladimir, STOP!" on social media.', '2025-04-25'],
	['Zelensky said he would go to Turkey, a day after Putin\'s late-night proposal for direct talks with Ukraine.', '2025-05-12'],
	['The first 390 prisoners crossed on Saturday, a day after the 1,000-for-1,000 exchange began.', '2025-05-24'],
	['Medinsky said on Tuesday, a day after the second meeting in Istanbul, that Russia had handed Ukraine its memorandum.', '2025-06-03'],
	['Trump said on Tuesday, a day after his two-hour call with Putin, that Russia and Ukraine would start talks.', '2025-05-20'],
	['The Kremlin said on Wednesday, two days after European leaders accompanied Zelensky to the White House, that no summit was planned.', '2025-08-20'],
	['Moscow shrugged off the remark a day after Trump called Russia a "paper tiger" at the United Nations.', '2025-09-24'],
	['Oil prices rose a day after the US Treasury sanctions on Russia\'s two largest oil companies, Rosneft and Lukoil.', '2025-10-23'],
	['Umerov said two days after the consultations in Geneva that Ukraine and the US had a common understanding of the 19-point framework.', '2025-11-25'],
	['Zelensky named a new delegation to the peace talks a day after Yermak\'s resignation.', '2025-11-29'],
	['Ushakov said on Wednesday, a day after the five-hour meeting with Witkoff and Kushner, that no compromise had been found.', '2025-12-03'],
	['Sudan\'s army said on Wednesday, two days after the seven-day ceasefire was signed in Jeddah, that it would respect it.', '2023-05-22'],
	['The RSF rejected the charge a day after the US genocide determination on Sudan.', '2025-01-08'],
	['Residents began returning two days after the army recaptured Wad Madani.', '2025-01-13'],
	['Kenya defended its role, a day after the RSF and its allies signed a founding charter in Nairobi.', '2025-02-23'],
	['Aid groups said on Monday, three days after the RSF overran Zamzam camp, that thousands had fled to Tawila.', '2025-04-14'],
	['Burhan said a day after the appointment of Kamil Idris as prime minister that the army would keep fighting.', '2025-05-20'],
	['The army said on Friday, a day after the RSF agreed to a humanitarian truce, that it would fight on.', '2025-11-07'],
	['The Congolese defence ministers met on Monday, two days after the summit in Dar es Salaam on eastern Congo.', '2025-02-10'],
	['Thousands crossed into Burundi a day after M23 captured Uvira.', '2025-12-11'],
	['Aliyev and Pashinyan said on Friday, a day after they met in Abu Dhabi, that talks would continue.', '2025-07-11'],
	['Hun Manet said a day after Thailand suspended the peace declaration with Cambodia that Cambodia remained committed to it.', '2025-11-11'],
	['The court ruled two days after the leaked phone call with Hun Sen was published.', '2025-06-20'],
	['Cambodia congratulated Thailand on Saturday, a day after Anutin Charnvirakul was elected prime minister by parliament.', '2025-09-06'],
	['Pakistan warned on Thursday, a day after India suspended the Indus Waters Treaty, that diverting water would be an act of war.', '2025-04-24'],
	['Pakistan\'s army said a day after Operation Bunyan-um-Marsoos that its aims were met.', '2025-05-11'],
	['Tigrayan commanders began handing over weapons two days after the declaration signed in Nairobi by Ethiopia\'s army and the TPLF.', '2022-11-14'],
	['The Sudanese army sent no delegation to the US-led talks in Switzerland, which opened two days ago, as the RSF waited in Geneva.', '2024-08-16'],
];

test('each event of the world timeline dates an invented report from it', () => {
	for (const [text, date] of dated) assert.equal(dateOf(text), date, `${text}\n${dateEvidenceOf(text)}`);
});

test('a recurring summit named with its city or year is that year\'s', () => {
	assert.match(dateEvidenceOf('Zelensky flew home on Wednesday from the NATO summit in Vilnius.'), /NATO summit in Vilnius \(2023-07-11\)/);
	assert.match(dateEvidenceOf('Stoltenberg spoke at the Washington summit of NATO and at NATO\'s 75th anniversary summit in Washington on Wednesday.'), /2024-07-09/);
	assert.match(dateEvidenceOf('Rutte said a day after the summit in The Hague that allies would spend 5%.'), /The Hague \(2025-06-24\)/);
	assert.match(dateEvidenceOf('Leaders discussed the plan on the sidelines of the G20 summit in Johannesburg on Saturday.'), /G20 summit \(2025-11-22\)/);
	assert.match(dateEvidenceOf('The leaders met at the G7 summit in Kananaskis, officials said.'), /G7 summit \(2025-06-15\)/);
	assert.match(dateEvidenceOf('They spoke on the sidelines of the UN General Assembly in 2024, officials said.'), /UN General Assembly's high-level week/);
	// Without a year, the recurring summit names every year it may be.
	assert.match(dateEvidenceOf('Zelensky said on Tuesday, a day after the NATO summit, that Kyiv would keep asking.'), /NATO summit \(2022-06-28 or 2023-07-11 or 2024-07-09 or 2025-06-24\)/);
});

test('near-misses do not name the world timeline\'s events', () => {
	// Another year's or another place's summit.
	assert.ok(!namesEvent('NATO leaders will meet at next year\'s NATO summit in Ankara.', /NATO summit/));
	assert.ok(!namesEvent('The 2008 NATO summit in Bucharest promised Ukraine membership one day.', /NATO summit/));
	assert.ok(!namesEvent('Leaders gathered at the G7 summit in Evian, officials said on Monday.', /G7 summit/));
	// A victory plan shown to Biden in September is not the one presented to parliament in October.
	assert.ok(!namesEvent('Zelensky presented his victory plan to Biden at the White House on Thursday.', /victory plan/));
	// Wad Madani's capture by the RSF in 2023 is not its recapture.
	assert.ok(!namesEvent('The RSF captured Wad Madani in December, forcing thousands to flee.', /recapture of Wad Madani/));
	// UK sanctions on the same companies are not the US ones.
	assert.ok(!namesEvent('Britain imposed sanctions on Rosneft and Lukoil, the government said on Wednesday.', /Rosneft and Lukoil/));
	// Geneva talks on Sudan are not the Ukraine consultations, and UN proximity talks are not the US-led round.
	assert.ok(!namesEvent('The army sent a delegation to talks in Geneva with the RSF convened by the UN envoy.', /Geneva consultations|Geneva talks on Sudan/));
	assert.ok(!namesEvent('US and Russian diplomats held talks in Geneva on security guarantees in January 2022.', /consultations in Geneva/));
	// A two-hour call that is not Trump's with Putin, and a longer one.
	assert.ok(!namesEvent('Macron held a two-hour call with Putin on Tuesday, the Elysee said.', /two-hour call/));
	// Another country's five-day clashes, and Thailand's own air strikes in July.
	assert.ok(!namesEvent('The five-day clashes in Tripoli killed dozens, the ministry said.', /five-day/));
	// Intelligence sharing with Israel is not the Ukraine pause.
	assert.ok(!namesEvent('The US paused intelligence sharing with Britain over strikes on boats, officials said.', /intelligence sharing/));
	// The 2021 US-China meeting in Anchorage is not the Trump-Putin summit.
	assert.ok(!namesEvent('Blinken and Yang met in Anchorage for tense talks, officials said on Friday.', /summit in Alaska/));
	// A peace agreement suspended elsewhere.
	assert.ok(!namesEvent('The government suspended the peace agreement with the rebels after an ambush in Mindanao.', /Kuala Lumpur peace declaration/));
});
