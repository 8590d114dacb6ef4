import {testObstacleCases} from './terms-context.js';

// Third batch of ordinary obstacle phrasings (after the heldout6 misses): wording that would bind a
// side to end the war, refused; fighting said to endanger a deal; warnings of going back to war;
// disputes over who distributes aid; the deadliest violence since a truce; deadly attacks on the
// day of talks; a withdrawal not completed; fighters told to leave homes and towns; no assurance
// against a trap, denials not credible; hardliners in a legislature. Invented sentences on other
// negotiations, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// end-of-war-dispute: refusing terms that would bind it to end the war
	["The government opposes any clause that would commit it to ending the war, officials said.", ['end-of-war-dispute']],
	["Moscow rejected a text that would oblige it to halt the offensive, diplomats said.", ['end-of-war-dispute']],
	["The delegates approved a text that would commit both armies to end the fighting.", []],
	// military-operations: going on and said to endanger the deal
	["The rebels said the continued shelling of the city endangers the agreement reached in Doha.", ['military-operations']],
	["Mediators warned that renewed airstrikes put the truce talks at risk.", ['military-operations']],
	["The continued shelling destroyed three schools, the mayor said.", []],
	// military-operations: ready or threatening to go back to war
	["Army commanders say they are ready to return to fighting if the talks in Jeddah fail.", ['military-operations']],
	["The junta threatened to resume military operations against the rebels in the east.", ['military-operations']],
	["Farmers are ready to return to their fields now that the fighting has ended.", []],
	// humanitarian-access: who distributes aid
	["The two sides remain at odds over who would distribute aid in the east.", ['humanitarian-access']],
	["The rebels reject the army's control of relief supplies through the port, mediators said.", ['humanitarian-access']],
	["The agency said the distribution of aid went smoothly in the camps.", []],
	// escalation: the worst violence since a truce
	["Saturday's shelling was the deadliest day since the truce took effect in March.", ['escalation']],
	["Monitors called it the worst violation since the ceasefire began.", ['escalation']],
	["The storm was the deadliest since records began.", []],
	// escalation: deadly attacks on the day of talks
	["Envoys met the president in the capital as drone strikes killed nine people in the east.", ['escalation']],
	["The delegations met in Addis Ababa on a day when artillery fire killed four civilians near the front.", ['escalation']],
	["The minister said the bombing that killed four people last year was a crime.", []],
	// withdrawal-dispute: a withdrawal not completed
	["Moscow said it would not complete the pullback of its troops from the border by the deadline.", ['withdrawal-dispute']],
	["The rebels called the army's failure to withdraw from the occupied villages a violation of the deal.", ['withdrawal-dispute']],
	["The candidate's failure to withdraw from the race surprised the party.", []],
	// withdrawal-dispute: fighters must leave homes and towns
	["The government insists the militia must vacate hospitals and public buildings in the capital before any truce.", ['withdrawal-dispute']],
	["Negotiators say the rebels refuse to leave the towns they seized in the spring, and the fighters stay put.", ['withdrawal-dispute']],
	["Residents must leave their homes before the floods, officials said.", []],
	// guarantees-dispute: no assurance against a trap, a denial not credible
	["The rebels said they would not return to the talks without any guarantee that the ceasefire would not be another trap.", ['guarantees-dispute']],
	["Opposition negotiators said the government's promises of amnesty were not credible.", ['guarantees-dispute']],
	["The police said the threat was credible and closed the road.", []],
	// domestic-politics: hardliners in a legislature
	["In the country's parliament, hardliners demanded that the talks be halted at once.", ['domestic-politics']],
	["Lawmakers in Baghdad pushed a bill to scrap the security agreement with Washington.", ['domestic-politics']],
	["In parliament, the budget passed by a wide margin.", []],
];

testObstacleCases(CASES);
