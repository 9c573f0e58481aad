"""dev72 items: Myanmar's war inside the country (airstrikes, arson, displacement, political
prisoners, conscription, defections and surrenders, the 2025 earthquake in resistance areas)."""

from figset import F

F(
    "Jets and helicopter strike village gathering in Sagaing",
    "[[At least 165 people|killed;a=the National Unity Government]] were killed when a fighter "
    "jet and a helicopter gunship attacked a crowd gathered for the opening of a local office "
    "in Pazigyi village, Sagaing Region, on {{April 11}}, the National Unity Government said. "
    "[[Around 40|killed;n=-;a=a rescue worker]] of the dead were children, a rescue worker "
    "told the BBC. The military confirmed the strike and said it had targeted a ceremony of "
    "the People's Defence Force. [[At least 30 survivors|injured]] were treated for wounds at "
    "clinics in nearby villages.",
)

F(
    "Helicopters fire on monastery school in Depayin",
    "Army helicopters fired on a monastery school in Let Yet Kone village, Depayin township, "
    "on {{September 16}}, killing [[at least 11 children|killed;a=UNICEF]], UNICEF said. "
    "[[Another 15 students|injured;a=the school's headmaster]] were wounded and "
    "[[17|missing;n=-;a=the school's headmaster]] were still unaccounted for {{two days}} "
    "later, the school's headmaster told reporters. Troops who landed after the attack took "
    "the bodies away, villagers said.",
)

F(
    "Research group counts homes torched since the coup",
    "[[More than 78,000 houses|housing;a=Data for Myanmar]] have been burned or destroyed "
    "across Myanmar since the military seized power in {{February 2021}}, according to Data "
    "for Myanmar, an independent research group. Sagaing Region accounts for "
    "[[nearly 60,000|housing;n=-;u=structure;a=the group;alt=Data for Myanmar]] of them, the "
    "group said, and [[at least 700 villages|housing;a=the group;alt=Data for Myanmar]] there "
    "have been set alight at least once.",
)

F(
    "Displaced in Myanmar pass 3.5 million, UN says",
    "[[More than 3.5 million people|displaced;a=UNHCR]] are internally displaced across "
    "Myanmar, UNHCR said on Friday, [[about 3.2 million|displaced;n=-;a=UNHCR]] of them "
    "uprooted since the military took power in {{2021}}. Fighting in Rakhine State drove "
    "[[some 70,000 people|displaced;a=the agency;alt=UNHCR]] from their homes in the last "
    "{{two weeks}} of March, many into camps that already held "
    "[[tens of thousands|displaced;a=the agency;alt=UNHCR]], the agency said.",
)

F(
    "Prisoners group updates its tally of the dead and detained",
    "Security forces have killed "
    "[[6,231 people|killed;a=the Assistance Association for Political Prisoners (AAPP)]] and "
    "arrested "
    "[[29,560|arrested;n=-;a=the Assistance Association for Political Prisoners (AAPP)]] since "
    "the coup, the Assistance Association for Political Prisoners (AAPP) said in its count to "
    "{{June 30}}. Of those arrested, [[22,087|arrested;n=-;a=the group;alt=the Assistance "
    "Association for Political Prisoners (AAPP)]] remain in detention and [[at least "
    "130|arrested;n=-;a=the group;alt=the Assistance Association for Political Prisoners "
    "(AAPP)]] have been sentenced to death, the group said.",
)

F(
    "Junta to draft 5,000 a month from April",
    "The military government will call up [[5,000 people a month|combatants;p;a=a spokesman]] "
    "under the conscription law it activated in February, a spokesman said, with the {{first}} "
    "intake due after the Thingyan holiday. Men aged {{18 to 35}} and women aged {{18 to 27}} "
    "can be made to serve for up to {{two years}}, or {{five years}} under a state of "
    "emergency. [[About 60,000|combatants;p;n=-;a=Major General Zaw Min Tun]] will be called "
    "up in the {{first}} year, Major General Zaw Min Tun told state television.",
)

F(
    "Young men slip into Thailand to dodge the draft",
    "[[Thousands of young men|displaced;a=Thai labour groups]] have crossed into Thailand to "
    "avoid military service since the draft began, Thai labour groups said, some paying "
    "brokers as much as {{3 million kyat}} for papers. The military says it has trained "
    "[[more than 50,000 recruits|combatants;a=The military]] by the end of its {{ninth}} "
    "intake. Resistance groups say [[hundreds of conscripts|combatants;a=Resistance groups]] "
    "have surrendered on the front lines within weeks of being deployed.",
)

F(
    "Defections from army and police top 3,000",
    "[[More than 3,000 soldiers and police officers|combatants;n=soldiers and police "
    "officers;a=People's Embrace]] have deserted since the coup, People's Embrace, a network "
    "run by former officers, said. "
    "[[About 800|combatants;n=-;a=the network;alt=People's Embrace]] of them have joined armed "
    "resistance groups, the network said, while the rest live in hiding in areas held by the "
    "opposition or across the Thai border.",
)

F(
    "Thousands surrender as Laukkai falls to Kokang army",
    "The Myanmar National Democratic Alliance Army said "
    "[[2,389 soldiers|combatants;a=The Myanmar National Democratic Alliance Army]] surrendered "
    "when the regional command in Laukkai fell on {{January 5}}, among them "
    "[[six brigadier generals|combatants;a=The Myanmar National Democratic Alliance Army]]. "
    "The town fell {{10 weeks}} into the offensive known as {{Operation 1027}}. A military "
    "tribunal later sentenced [[three|arrested;n=-;a=a military source]] of the generals to "
    "death for giving up the town, a military source said.",
)

F(
    "Quake toll passes 3,600 as military strikes go on",
    "The death toll from the {{magnitude 7.7}} earthquake centred near Mandalay rose to "
    "[[3,649|killed;n=-;a=the military government]], with "
    "[[5,018 people|injured;a=the military government]] injured and "
    "[[145|missing;n=-;a=the military government]] missing, the military government said. In "
    "resistance-held parts of Sagaing, the National Unity Government counted "
    "[[at least 420 dead|killed;a=the National Unity Government]] not included in official "
    "figures. The military carried out "
    "[[more than 60 airstrikes|other;u=other;a=the UN human rights office]] in the "
    "{{two weeks}} after the quake, the UN human rights office said.",
)

F(
    "Village bombed hours after the quake",
    "Military jets bombed Nwe Khwe village in Chaung-U township {{three hours}} after the "
    "quake struck, killing [[seven people|killed;a=a local resistance group]], among them "
    "[[two children|killed;a=a local resistance group]], a local resistance group said. The "
    "junta announced a {{20-day}} ceasefire {{five days}} later, citing relief work, but the "
    "group said strikes on the township continued.",
)

F(
    "Arakan Army seizes western command headquarters",
    "The Arakan Army said it had taken the headquarters of the Western Regional Military "
    "Command in Ann after {{eight months}} of fighting, capturing "
    "[[more than 300 soldiers|arrested;a=The Arakan Army]] and seizing "
    "[[about 1,500 weapons|other;a=The Arakan Army]]. "
    "[[Tens of thousands of civilians|displaced]] had fled Ann before the final assault. The "
    "military did not comment.",
)

F(
    "Survivors describe drone attack on families at river crossing",
    "Drone and artillery strikes on Rohingya families waiting to cross the Naf river near "
    "Maungdaw on {{August 5}} killed [[as many as 200 people|killed;a=survivors]], survivors "
    "said. Médecins Sans Frontières said its teams in Bangladesh treated "
    "[[39 people|injured;a=Médecins Sans Frontières]] for blast and gunshot wounds over the "
    "following {{three days}}, most of them women and children.",
)

F(
    "Most of Karenni State now in camps or forest",
    "[[More than 200,000 people|displaced;a=the Karenni Civil Society Network]], about "
    "{{two-thirds}} of Karenni State's population, are sheltering in "
    "[[about 180 camps|capacity;a=the Karenni Civil Society Network]] and in the forest, the "
    "Karenni Civil Society Network said. Artillery shells landed in camps near Demoso on "
    "{{June 9}}, killing [[11 people|killed;a=camp leaders]], camp leaders said.",
)

F(
    "More houses burned in Thantlang",
    "Soldiers set fire to [[at least 160 houses|housing;a=the Chin Human Rights Organization]] "
    "in Thantlang on {{October 29}}, the Chin Human Rights Organization said, the latest of a "
    "series of arson attacks on the Chin State town. "
    "[[More than 1,200 houses|housing;a=the group;alt=the Chin Human Rights Organization]] "
    "there have now been burned and the town's "
    "[[10,000 residents|displaced;a=the group;alt=the Chin Human Rights Organization]] have "
    "fled, most of them to Mizoram, the group said.",
)

F(
    "Union Day amnesty frees thousands, few of them political",
    "The military government freed [[4,893 prisoners|arrested;a=state media]] to mark the "
    "{{77th}} Union Day, state media reported. "
    "[[Another 114 foreign prisoners|returned;p;a=state media]] will be deported, it said. The "
    "Assistance Association for Political Prisoners said only "
    "[[39|arrested;n=-;a=The Assistance Association for Political Prisoners]] of those freed "
    "were political detainees and that "
    "[[about 20,000|arrested;n=-;a=The Assistance Association for Political Prisoners]] remain "
    "behind bars.",
)

F(
    "Resistance claims soldiers killed in battle for Falam",
    "The Chin Brotherhood said its fighters killed "
    "[[14 soldiers|killed;a=The Chin Brotherhood]] and captured "
    "[[nine|arrested;n=-;a=The Chin Brotherhood]] in a {{three-day}} battle for Falam, a claim "
    "that could not be independently verified. Residents said "
    "[[about 80 houses|housing;a=Residents]] in the town had been destroyed by airstrikes.",
)

F(
    "Troops shelter under bridge as Myawaddy fighting spreads",
    "[[About 200 soldiers|combatants;a=Thai officials]] who retreated from a base near "
    "Myawaddy were sheltering beneath the {{2nd}} Friendship Bridge, Thai officials said. "
    "[[Some 3,000 residents|displaced;a=the Thai foreign ministry]] crossed the Moei river "
    "into Mae Sot on {{April 11}} as fighting reached the town, and "
    "[[about 1,300|returned;n=-;a=the Thai foreign ministry]] went back the next morning, the "
    "Thai foreign ministry said.",
)

F(
    "Kokang army says it holds Lashio",
    "The Myanmar National Democratic Alliance Army said it had taken Lashio, home of the "
    "military's Northeastern Command, after {{25 days}} of fighting. "
    "[[Tens of thousands of residents|displaced;a=the UN]] fled toward Mandalay and Hsipaw, "
    "the UN said. [[At least 40 civilians|killed;a=a local rescue group]] were killed by "
    "shelling and airstrikes inside the city, a local rescue group said. "
    "[[Several thousand|displaced;n=-]] are sheltering in monasteries in Hsipaw.",
)

F(
    "Court adds years to Suu Kyi's prison term",
    "A military court in Naypyitaw on {{December 30}} sentenced Aung San Suu Kyi, {{77}}, to "
    "{{seven more years}} in prison on corruption charges, bringing her total term to "
    "{{33 years}}, a source familiar with the proceedings said. The ruling ended an "
    "{{18-month}} series of closed-door trials. Her term was cut by {{six years}} in a pardon "
    "in {{August 2023}}.",
)

F(
    "Villagers recover bodies after army sweep in Kani",
    "Villagers in Kani township recovered [[12 bodies|killed;a=a villager]], some with their "
    "hands tied, from a forest after troops swept through the area, a villager told Radio Free "
    "Asia. [[At least 40 men|killed;a=the United Nations]] were killed in "
    "[[four separate massacres|other;u=other;a=the United Nations]] in the township that "
    "month, the United Nations said.",
)

F(
    "UN warns of famine in blockaded Rakhine",
    "[[More than 2 million people|civilians;a=the UN Development Programme]] in Rakhine State "
    "face famine conditions as fighting and a blockade choke off food and trade, the UN "
    "Development Programme said. Aid agencies say only [[a few thousand|aid;a=Aid agencies]] "
    "of the state's [[more than 500,000 displaced people|displaced;a=Aid agencies]] have "
    "received food rations since the roads were closed.",
)
