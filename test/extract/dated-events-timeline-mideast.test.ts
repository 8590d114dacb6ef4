import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf, namesEvent} from './entities-helper.js';

// Invented sentences for the Middle East timeline in data/knowledge/events-timeline-mideast.json (Gaza, Lebanon,
// Iran, Syria and Yemen, October 2023 to December 2025): each dates a one-sentence report through one named event,
// mostly "a day after" it with a matching weekday, so the event's date is checked to the day.

const DATED: Array<[string, string]> = [
	["Arab leaders cancelled their meeting with the US president on Wednesday, a day after the blast at al-Ahli Arab hospital in Gaza City killed hundreds.", '2023-10-18'],
	["Qatar said on Thursday that it was working to free the hostages, a day after Biden's wartime visit to Israel.", '2023-10-19'],
	["Mediators said on Saturday they hoped more captives would follow, a day after the release of Judith and Natalie Raanan by Hamas.", '2023-10-21'],
	["Families demanded a deal on Saturday, a day after three hostages waving a white flag were mistakenly shot by Israeli troops.", '2023-12-16'],
	["Aid groups said on Saturday that little had changed a day after the Council adopted Resolution 2720.", '2023-12-23'],
	["Biden vowed a response on Monday, a day after the drone attack on Tower 22 in Jordan.", '2024-01-29'],
	["Netanyahu said on Tuesday that military pressure worked, a day after the rescue of Fernando Marman and Louis Har.", '2024-02-13'],
	["Hamas condemned the move on Tuesday, a day after the ICC prosecutor requested arrest warrants for its leaders and for Netanyahu.", '2024-05-21'],
	["The mediators met on Monday, a day after the Israeli strike on the tent camp in Tal al-Sultan.", '2024-05-27'],
	["Blinken arrived in Cairo on Monday, a day after Benny Gantz quit the war cabinet.", '2024-06-10'],
	["Officials said on Tuesday, a day after Netanyahu dissolved the war cabinet, that decisions would be made by a smaller forum.", '2024-06-18'],
	["Israel said on Wednesday that it would target him, a day after Yahya Sinwar was named Hamas's new political leader.", '2024-08-07'],
	["Qatar and Egypt condemned the attack on Sunday, a day after the strike on al-Tabi'in school.", '2024-08-11'],
	["Hamas said on Friday that the security cabinet's vote on the Philadelphi corridor meant there would be no deal.", '2024-08-30'],
	["Negotiators met in Doha on Tuesday, a day after the Histadrut general strike over the hostages.", '2024-09-03'],
	["Hezbollah vowed revenge on Saturday, a day after the killing of Ibrahim Aqil in Beirut.", '2024-09-21'],
	["France called an emergency Security Council meeting on Tuesday, a day after Operation Northern Arrows began.", '2024-09-24'],
	["Hamas said on Wednesday it had no comment, a day after Naim Qassem was elected Hezbollah's secretary-general.", '2024-10-30'],
	["Israel said on Tuesday it was studying Sisi's proposal for a two-day truce to free four hostages.", '2024-10-29'],
	["Netanyahu's coalition survived on Monday, a day after Ben-Gvir quit the government over the deal.", '2025-01-20'],
	["Talks on the second phase were due to begin soon, officials said on Wednesday, a day after Herzi Halevi announced his resignation.", '2025-01-22'],
	["Crowds gathered in Tel Aviv on Sunday, a day after the release of Karina Ariev, Daniella Gilboa, Naama Levy and Liri Albag.", '2025-01-26'],
	["Israel protested on Friday about the chaotic scenes in Khan Younis, a day after the release of Agam Berger, Arbel Yehud and Gadi Mozes.", '2025-01-31'],
	["Israel's negotiators were recalled on Sunday, a day after the release of Eli Sharabi, Ohad Ben Ami and Or Levy.", '2025-02-09'],
	["The envoy said on Sunday, a day after Sagui Dekel-Chen, Iair Horn and Sasha Troufanov were freed, that phase two talks would begin.", '2025-02-16'],
	["Hamas said on Monday, two days after Israel's delay of the release of 620 Palestinian prisoners, that it would not negotiate further.", '2025-02-24'],
	["Qassem spoke on Tuesday, two days after the funeral of Hassan Nasrallah.", '2025-02-25'],
	["Hezbollah complained on Tuesday, a day after Nawaf Salam was named prime minister.", '2025-01-14'],
	["Hamas welcomed on Wednesday the outcome of the Arab League summit in Cairo, held a day earlier.", '2025-03-05'],
	["Israel voiced concern on Thursday, a day after reports of Adam Boehler's direct talks with Hamas in Doha.", '2025-03-06'],
	["Hamas said on Thursday it was studying Witkoff's bridge proposal, presented a day earlier.", '2025-03-13'],
	["Israel said on Saturday that its forces had launched Operation Gideon's Chariots a day earlier.", '2025-05-17'],
	["Activists said on Tuesday they had been detained, a day after the Madleen was intercepted.", '2025-06-10'],
	["Iran signalled on Saturday that it was ready for diplomacy, a day after Araghchi met European ministers in Geneva.", '2025-06-21'],
	["The truce took hold on Tuesday, a day after Iran's strike on Al Udeid air base.", '2025-06-24'],
	["Journalists' groups protested on Monday, a day after the killing of Anas al-Sharif.", '2025-08-11'],
	["Hezbollah rejected on Saturday, a day after the Lebanese cabinet welcomed the army's disarmament plan.", '2025-09-06'],
	["Iran said on Wednesday that inspections would resume under the Cairo agreement signed with the IAEA a day earlier.", '2025-09-10'],
	["Rubio flew to Doha on Wednesday, a day after Israel launched its ground offensive on Gaza City.", '2025-09-17'],
	["Iran's foreign ministry said on Sunday that UN sanctions had been reimposed overnight despite its objections.", '2025-09-28'],
	["Hamas said on Thursday, a day after the Global Sumud Flotilla was intercepted, that it was still studying the plan.", '2025-10-02'],
	["Tehran said on Sunday that \"termination day\" of the nuclear deal had passed a day earlier.", '2025-10-19'],
	["Netanyahu thanked the mediators on Monday, a day after the return of the remains of Hadar Goldin.", '2025-11-10'],
	["Lebanon's president urged restraint on Monday, a day after the killing of Haytham Ali Tabatabai.", '2025-11-24'],
	["Hezbollah said on Monday that Pope Leo's visit to Lebanon was welcome.", '2025-12-01'],
	["Netanyahu's office said on Thursday, a day after the appointment of Simon Karam, that talks went well.", '2025-12-04'],
	["The Kurdish-led forces said on Thursday, a day after Ahmed al-Sharaa was named interim president, that they would talk.", '2025-01-30'],
	["The Kurdish leader said on Tuesday that the March 10 agreement with Damascus would be honoured.", '2025-03-11'],
	["Syria's government said on Monday, a day after the bombing of the Mar Elias church, that it would find those responsible.", '2025-06-23'],
	["The US envoy said on Thursday, a day after Israel's strikes on the Syrian defence ministry in Damascus, that a truce was near.", '2025-07-17'],
	["Officials said on Tuesday, a day after Sharaa's visit to the White House, that sanctions would be eased.", '2025-11-11'],
	["The Houthis vowed on Sunday to respond, a day after the start of Operation Rough Rider.", '2025-03-16'],
	["The Houthis confirmed on Saturday, two days after the strike, the killing of Ahmed al-Rahawi.", '2025-08-30'],
	["Western diplomats reacted on Saturday, a day after the election of Masoud Pezeshkian.", '2024-07-06'],
	["Iran said on Wednesday, a day after Trump restored \"maximum pressure\", that it would not negotiate under threats.", '2025-02-05'],
	["Israel condemned on Monday the moves, a day after Britain, Canada and Australia formally recognised a Palestinian state.", '2025-09-22'],
	["Hamas said on Tuesday, a day after Israel launched its offensive in Rafah, that talks would continue.", '2024-05-07'],
	["UNRWA said on Friday, a day after Israel's ban on UNRWA came into effect, that it would keep working.", '2025-01-31'],
	["UN officials said on Tuesday, a day after the Knesset voted to ban UNRWA, that aid would suffer.", '2024-10-29'],
	["Health workers said on Monday, a day after the polio vaccination campaign began in central Gaza, that turnout was high.", '2024-09-02'],
	["UNICEF said on Tuesday, a day after the second round of polio vaccination began, that many children could not be reached.", '2024-10-15'],
	["Iran blamed Israel on Thursday, a day after the bombings in Kerman.", '2024-01-04'],
	["Hamas welcomed on Wednesday Trump's announcement that he would lift sanctions on Syria, made a day earlier.", '2025-05-14'],
	["Qatar said on Saturday that talks on captives were harder a day after Israel launched its ground invasion of Gaza in October.", '2023-10-28'],
	["Hamas said on Thursday, a day after the killing of Ismail Haniyeh's three sons, that its demands were unchanged.", '2024-04-11'],
	["Israel threatened on Tuesday to respond, a day after Hezbollah's first attack since the ceasefire.", '2024-12-03'],
	["The UN said on Monday, a day after Israel's seizure of the buffer zone in the Golan, that the move breached the 1974 agreement.", '2024-12-09'],
	["Iran vowed revenge on Saturday, a day after the killing of Mohammad Bagheri and Hossein Salami.", '2025-06-14'],
	["Greek officials said on Monday that the Magic Seas had been attacked a day earlier.", '2025-07-07'],
	["The EU naval force said on Tuesday, a day after the Eternity C was attacked, that crew were missing.", '2025-07-08'],
	["Israel said on Thursday, a day after Sharaa addressed the UN General Assembly, that talks on a security pact continued.", '2025-09-25'],
	["Qatar said on Tuesday, a day after Netanyahu apologised to the Qatari prime minister, that it would resume mediation.", '2025-09-30'],
	["Hamas said on Wednesday, a day after Netanyahu ordered powerful strikes on Gaza, that it remained committed to the truce.", '2025-10-29'],
];

test('a named Middle East event of 2023-2025 dates the report', () => {
	for (const [text, date] of DATED) assert.equal(dateOf(text), date, `${text}\n  evidence: ${dateEvidenceOf(text)}`);
});

// Near misses: a threat rather than the act, another Sinwar, another summit or year, a plan not yet carried out,
// a proposal from another envoy, an event mentioned as scheduled.
const NOT_THIS_EVENT: Array<[string, RegExp]> = [
	["Gantz threatened on Saturday to quit the government unless a plan was adopted by June 8.", /Gantz's resignation/],
	["Ben-Gvir threatened on Monday to quit the government if the deal went ahead.", /Ben-Gvir's resignation/],
	["Mohammed Sinwar was named the head of Hamas's military wing in Gaza, officials said on Monday.", /Yahya Sinwar's appointment/],
	["The second round of talks in Cairo ended on Tuesday without a deal.", /polio/],
	["Israel's ground offensive on Gaza City could begin within weeks, officials said on Tuesday.", /ground offensive on Gaza City/],
	["The Arab League summit in Baghdad ended on Saturday with a call for a Gaza ceasefire.", /summit in Cairo/],
	["Egypt's plan will be presented at an emergency Arab summit in Cairo on Tuesday, officials said on Sunday.", /summit in Cairo/],
	["The US bridging proposal presented in August was rejected by Hamas, officials said on Tuesday.", /Witkoff/],
	["The security cabinet voted on Friday to approve the ceasefire deal, which provides for a withdrawal from the Philadelphi corridor.", /vote to keep troops/],
	["ICC prosecutor Karim Khan sought arrest warrants for Taliban leaders on Thursday.", /ICC prosecutor/],
	["Israeli forces launched an operation in Rafah against militants in the tunnels on Tuesday.", /Rafah offensive/],
	["Macron announced on Monday at the UN that France recognises the State of Palestine.", /Macron's announcement/],
	["Hezbollah said on Sunday that preparations for the funeral of Hassan Nasrallah were under way.", /funeral of Hassan Nasrallah/],
	["Trump's upcoming Gulf tour will include stops in Riyadh and Doha, the White House said on Friday.", /Gulf tour/],
	["Officials said on Friday that Pope Leo's visit to Lebanon, scheduled for late November, would go ahead.", /Pope Leo/],
	["Biden's visit to Israel in July 2022 focused on Iran, officials recalled on Tuesday.", /wartime visit/],
	["Israeli jets struck near al-Ahli hospital in Gaza City on Sunday, officials said.", /al-Ahli/],
	["The ICJ's advisory opinion on climate change was delivered on Wednesday.", /advisory opinion/],
	["The Houthi prime minister met the UN envoy in Sanaa on Tuesday.", /al-Rahawi/],
	["Hadar Goldin was killed in Rafah in 2014 and his body was taken into a tunnel, the army said on Sunday.", /Goldin's remains/],
	["Nawaf Salam met the US envoy in Beirut on Tuesday to discuss the ceasefire.", /Salam/],
	["Witkoff presented a new proposal on Thursday to release ten living hostages.", /bridge/],
	["Qatar demanded an apology from Netanyahu on Wednesday for the strike in Doha.", /apology to Qatar/],
	["Netanyahu said on Wednesday he would not apologise to Qatar for the strike.", /apology to Qatar/],
	["Israel launched a ground operation in Gaza on Wednesday, two days after the truce collapsed in March.", /ground invasion of Gaza/],
	["Hezbollah's first statement since the ceasefire was read out on Tuesday.", /Hezbollah's first attack/],
];

test('near misses do not name the Middle East event they resemble', () => {
	for (const [text, event] of NOT_THIS_EVENT) assert.ok(!namesEvent(text, event), `${text}\n  evidence: ${dateEvidenceOf(text)}`);
});

test('Iran\'s numbered True Promise operations are told apart', () => {
	assert.equal(dateOf('Israel said on Saturday, a day after Operation True Promise III began, that its air defences had held.'), '2025-06-14');
	assert.equal(dateOf('Israel said on Wednesday, a day after Operation True Promise II, that it would respond.'), '2024-10-02');
});

test('the two raids on al-Shifa and the two ICJ advisory opinions are alternatives of one phrase', () => {
	assert.match(dateEvidenceOf('Doctors described the raid on al-Shifa hospital on Monday.'), /2023-11-15 or 2024-03-18/);
	assert.match(dateEvidenceOf("Israel rejected the ICJ's advisory opinion on Wednesday, saying the occupation ruling was political."), /ICJ's advisory opinion on Israel's occupation/);
	assert.match(dateEvidenceOf("Israel rejected the ICJ's advisory opinion on UNRWA on Thursday."), /obligations toward UN aid/);
});
