import {testObstacleCases} from './terms-context.js';

// Seventh batch of obstacle phrasing families (analysis, wire and translated phrasings): stretching a
// first phase "without committing to end the war", "one side wants a pause, the other an end", the war
// that "will not end before total victory", a deal that must "leave it free to return to fighting";
// "no guarantee that" the other side will end the war, a truce seen as letting the enemy "regroup and
// rearm", judging a side "by what happens on the ground", trust that "can start" only once attacks
// stop, calls on sponsors "to honour their commitments"; a "standoff over the names", numbers "still
// open", a gap "between five and ten", bodies "held back"; troops "on our soil", wanting to keep
// forces in a corridor, refusing to "sign away" regions; the "size of the army" as an open cap; the
// deal as "an election issue", signing "under foreign pressure"; vows to keep fighting, talks that
// "buy time" for an offensive, "each day of bombing"; strikes that "make the mediator's task harder",
// a truce's "most serious test", "repeated violations"; crossings "closed to food", negotiating "with
// someone who starves you". A withdrawal named only beside an end of the war is the end-of-war
// dispute. Invented sentences on several negotiations, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// end-of-war-dispute
	["Israel wants to keep trading hostages for prisoners without committing to end the war, a senior Egyptian official said.", ['end-of-war-dispute']],
	["Moscow proposed a short truce without any commitment to stop the fighting for good, and Kyiv said no.", ['end-of-war-dispute']],
	["The prime minister repeated that the war will not end before Hamas is defeated.", ['end-of-war-dispute']],
	["Burhan told troops the fighting would not stop until total victory, a day after the Jeddah talks resumed.", ['end-of-war-dispute']],
	["The real problem is that Israel wants a pause and Hamas wants an end to the war.", ['end-of-war-dispute']],
	["Kyiv offered only a temporary truce rather than an end to the fighting, a Kremlin aide complained.", ['end-of-war-dispute']],
	["Hamas said it was ready only for the second phase and would not discuss another extension.", ['end-of-war-dispute']],
	["Israel is pushing to extend the first phase instead of moving to talks on a permanent ceasefire.", ['end-of-war-dispute']],
	["Netanyahu insists that any deal must allow Israel to return to fighting once the hostages are home.", ['end-of-war-dispute']],
	["Hamas demands a full Israeli withdrawal and an end to the war, which Israel rejects.", ['end-of-war-dispute']],
	["The group has dropped its demand for a permanent ceasefire before the first phase, officials said.", []],
	["The coach said the team would not rest until total victory in the league.", []],
	["Both sides want a pause in the fighting to let aid convoys reach Khartoum.", []],
	["The deal's first phase was extended by two weeks with the agreement of both sides.", []],
	["The second phase is expected to start next month, mediators said.", []],
	// guarantees-dispute
	["Hamas officials said they saw no guarantee that a longer truce would ever lead to the end of the war.", ['guarantees-dispute']],
	["Lebanese officials say there is no guarantee that Israel will withdraw from the hilltops once the army deploys.", ['guarantees-dispute']],
	["The Kremlin argues that a ceasefire would only give Ukraine time to regroup and rearm.", ['guarantees-dispute']],
	["Israeli officials fear Hezbollah will use the truce to rearm, a security source said.", ['guarantees-dispute']],
	["Kinshasa says it will judge Kigali by its actions on the ground, not by what it signs in Washington.", ['guarantees-dispute']],
	["Baku said it would judge Yerevan by what happens at the border after the peace treaty is initialled.", ['guarantees-dispute']],
	["A three-day truce is enough for a photo, not for trust, the Sudanese minister said.", ['guarantees-dispute']],
	["Once the drone strikes stop, trust can begin, an RSF adviser told reporters.", ['guarantees-dispute']],
	["Beirut called on Washington and Paris to honour their commitments under the ceasefire agreement.", ['guarantees-dispute']],
	["There is no guarantee that the talks will succeed, the envoy said.", []],
	["Families used the ceasefire to regroup at home and bury their dead.", []],
	["Voters will judge the government by its results on the economy.", []],
	["The donors' conference urged donors to honour their pledges for reconstruction.", []],
	["The family said it had received no official confirmation of the news and asked for privacy.", []],
	// exchange-details
	["The truce began late after a standoff over the names of the first hostages to be released.", ['exchange-details']],
	["An Egyptian official said the number of prisoners to be freed for each soldier was still open.", ['exchange-details']],
	["Qatar is trying to bridge the gap between five and ten captives before the holiday ends.", ['exchange-details']],
	["Hamas may not be holding 33 living hostages in those categories, an Israeli official warned.", ['exchange-details']],
	["Israel accuses the group of knowing where the bodies are and holding them back.", ['exchange-details']],
	["The slow return of the remains of deceased hostages has angered Israeli officials.", ['exchange-details']],
	["Scientists hope to bridge the gap between two and three degrees of warming.", []],
	["The museum's collection is still open to visitors every day.", []],
	["The return of the bodies to their families was completed on Thursday.", []],
	// withdrawal-dispute
	["Kinshasa says nothing can move on the economic track while Rwandan troops are on Congolese soil.", ['withdrawal-dispute']],
	["Israel wants to keep troops on five hilltops along the border after the deadline.", ['withdrawal-dispute']],
	["No Ukrainian government will sign away Kherson or Zaporizhzhia for a pause in the war, an aide said.", ['withdrawal-dispute']],
	["The two sides still differ over when foreign forces would leave the country, despite talks on a permanent ceasefire.", ['withdrawal-dispute']],
	["The mayor said the festival would go on while the soldiers are in town for the parade.", []],
	["The government plans to keep its troops in barracks during the election.", []],
	["No state can sign away its sovereignty, the Lebanese minister said.", []],
	// disarmament-dispute
	["The size of Ukraine's army after a peace deal remains open, with Kyiv rejecting any cap below 800,000.", ['disarmament-dispute']],
	["Iran rejects any limits on its military missile programme, its foreign minister said.", ['disarmament-dispute']],
	["The size of the army has doubled since 2014, the ministry said.", []],
	// domestic-politics
	["Opposition parties have vowed to make the border accord an election issue next spring.", ['domestic-politics']],
	["Nationalist critics accuse Pashinyan of signing under Western pressure.", ['domestic-politics']],
	["The price of bread has become an election issue in the capital.", []],
	["The minister signed the budget under pressure from the finance committee.", []],
	// military-operations
	["Army chief Burhan has vowed to keep fighting until the RSF is defeated.", ['military-operations']],
	["Kyiv says Moscow is using the talks to buy time for its offensive in the east.", ['military-operations']],
	["Each day of bombing raises the cost of a deal for both sides.", ['military-operations']],
	["Aid groups say the fighting, not the paperwork, is the real obstacle.", ['military-operations']],
	["M23 fighters pushed deeper into South Kivu since taking Bukavu, residents said.", ['military-operations']],
	["The army said it would continue preparations for the battle for el-Fasher.", ['military-operations']],
	["The company vowed to keep fighting the lawsuit in court.", []],
	["The council bought time for the new stadium project.", []],
	["The crowd pushed into the stadium before kick-off.", []],
	// escalation
	["Every strike on Beirut makes the mediator's task harder, a Lebanese official said.", ['escalation']],
	["Hezbollah's rocket attacks undermine the efforts of the state to disarm the group, ministers say.", ['escalation']],
	["The truce faced its most serious test yet when rockets hit Kiryat Shmona.", ['escalation']],
	["India reported repeated violations of the ceasefire within hours of the announcement.", ['escalation']],
	["The army has been told to respond strongly to any violation of the truce.", ['escalation']],
	["The ceasefire in Gaza is holding despite a deadly flare-up in Rafah on Sunday.", ['escalation']],
	["The teachers' strikes make the task of parents harder every week.", []],
	["The exam was the most serious test of the students' year.", []],
	["The truce has held without violations, both armies said.", []],
	// humanitarian-access
	["Hamas wants US pressure on Israel to reopen the crossings, which have been closed to food and medicine since March.", ['humanitarian-access']],
	["How can we negotiate with a government that starves our people?", ['humanitarian-access']],
	["The road to the camps has been closed to trucks since the flood, the ministry said.", []],
	["Russia halted gas supplies to Europe, and Kyiv insists on new sanctions.", []],
];

testObstacleCases(CASES);
