"""dev226 items: Nigeria's Defence Headquarters, army, air force, navy, police and task forces,
and the Multinational Joint Task Force around Lake Chad, as the wires and the national press
relay their communiqués (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "DHQ says troops neutralised 186 terrorists in a week",
    """
Troops neutralised [[186 terrorists|killed;a=Defence Headquarters]], arrested
[[312 suspects|arrested;a=Defence Headquarters]] and rescued
[[97 kidnapped hostages|kidnapped;a=Defence Headquarters]] across Nigeria in the week to
{{March 14}}, Defence Headquarters said on Thursday. Briefing reporters in Abuja, the Director of
Defence Media Operations, Major General Markus Danladi, said the troops also recovered
[[241 assorted weapons|other;a=Major General Markus Danladi;alt=the Director of Defence Media Operations]]
and [[5,867 rounds|other;a=Major General Markus Danladi;alt=the Director of Defence Media Operations]]
of {{7.62mm}} special and {{7.62mm}} NATO ammunition. He said
[[1,147 terrorists and family members|other;a=Major General Markus Danladi;n=terrorists and family members]]
surrendered to troops of Operation Hadin Kai in Borno over the same period. In the North-West,
troops of Operation Fansan Yamma destroyed [[14 bandit camps|housing]] in the Tsafe and Gusau
areas of Zamfara. "The troops will sustain the tempo," Danladi said, adding that
[[two soldiers|killed;a=Danladi]] were killed and [[five|injured;a=Danladi]] wounded in an
ambush in Katsina state.
""",
)

item(
    "Army frees 23 highway travellers in Kaduna forest raid",
    """
KADUNA, Nigeria — Troops of the Nigerian Army's {{1 Division}} have rescued
[[23 passengers|kidnapped;a=the army;alt=Nigerian Army]] abducted by bandits on the Kaduna-Abuja
highway, the army said on Sunday. The travellers, among them [[eight women|kidnapped]] and
[[three children|kidnapped]], were seized on Friday when gunmen blocked the road near Katari and
opened fire on vehicles. Army spokesman Lieutenant Colonel Musa Yahaya said
[[three bandits|killed;a=Army spokesman Lieutenant Colonel Musa Yahaya]] were killed in a firefight during the
rescue and [[one soldier|injured;a=Army spokesman Lieutenant Colonel Musa Yahaya]] was wounded. He said troops
were still searching for
[[at least four other passengers|missing;a=Army spokesman Lieutenant Colonel Musa Yahaya]] who ran into the bush
when the shooting began. Kaduna police said they had detained
[[two suspected informants|arrested;a=Kaduna police]] who allegedly tipped off the gang about
traffic on the road. Relatives said the kidnappers had demanded {{N100 million}}
(about {{$65,000}}) for the group's release. The highway has seen repeated abductions since
{{2021}}, including an attack on a passenger train in {{March 2022}}.
""",
)

item(
    "Militants overrun Borno base, soldiers missing, sources say",
    """
MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province fighters overran a military
base in Marte in Borno state overnight, killing
[[at least 11 soldiers|killed;a=military sources]], military sources told Reuters on Tuesday.
The attackers arrived in [[about 20 gun trucks|other]] and on motorcycles, burned
[[six armoured vehicles|other]] and carted away weapons from the armoury. One of the sources
said [[17 soldiers|missing;a=One of the sources;alt=military sources]] were unaccounted for
after troops withdrew towards Dikwa. The army did not comment on casualties but said in a
statement that troops backed by the air component had repelled the attack and neutralised
[[dozens of terrorists|killed;a=The army]]. Residents said
[[hundreds of civilians|displaced;a=Residents]] fled Marte town for Dikwa and Maiduguri on
foot. ISWAP, which split from Boko Haram in {{2016}}, said in a claim through its Amaq outlet
that its fighters killed [[40 soldiers|killed;a=ISWAP]] and seized
[[five vehicles|other;a=ISWAP]]. Marte has changed hands several times since {{2021}}.
""",
)

item(
    "Safe Corridor graduates 609 ex-fighters in Gombe",
    """
GOMBE, Nigeria — Operation Safe Corridor, the military-run deradicalisation programme, said on
Saturday it had graduated
[[609 former Boko Haram and ISWAP fighters|other;a=Operation Safe Corridor]] from its camp at
Mallam Sidi after a {{nine-month}} course of counselling and vocational training. The
programme's coordinator, Brigadier General Yusuf Adamu, said
[[some 540|returned;p;a=Brigadier General Yusuf Adamu;alt=The programme's coordinator;n=-]] would be handed back to Borno state
for reintegration and [[the remaining 69|returned;p;a=Brigadier General Yusuf Adamu;alt=The programme's coordinator]] to Yobe and
Adamawa. The camp, built to take [[2,000 clients|capacity]] at a time, has been expanded
twice. Adamu said [[more than 2,100 ex-combatants|other;a=Adamu]] had passed through it since it
opened in {{2016}}. The ceremony came as Borno's government said
[[4,500 households|returned;a=Borno's government]] displaced by the insurgency had gone back to
Malam Fatori and Damasak in recent months. The military says
[[more than 120,000 insurgents and family members|other;a=The military;n=insurgents and family members]]
have surrendered in the North-East since {{mid-2021}}, after the death of Boko Haram leader
Abubakar Shekau. Victims' groups in Maiduguri say the programme lets fighters return without
facing trial.
""",
)

item(
    "Zamfara police say 42 abducted students freed",
    """
GUSAU, Nigeria — Zamfara police said on Wednesday they had rescued
[[42 students|kidnapped;a=Zamfara police]] of a government secondary school in Kaura Namoda,
{{eight days}} after gunmen stormed their dormitories at night. The students,
[[29 girls|kidnapped;a=police spokesman Ibrahim Sani]] and [[13 boys|kidnapped;a=police spokesman Ibrahim Sani]], were found in a forest near the border with
Niger after a joint operation with the army, police spokesman Ibrahim Sani said. Sani said
[[one student|missing;a=Sani]] was still unaccounted for and [[four others|injured;a=Sani]] were
being treated in hospital for gunshot wounds. He said police had arrested
[[nine suspects|arrested;a=Sani]], including a herbalist who supplied the gang with charms, and
recovered [[three AK-47 rifles|other;a=Sani;v=3]]. The state government said it paid no
ransom. Zamfara, where [[more than 300 schoolgirls|kidnapped]] were seized from Jangebe in
{{2021}}, has shut [[dozens of schools|other]] in rural areas over security fears.
""",
)

item(
    "Bandits kill villagers, torch houses in Niger state",
    """
MINNA, Nigeria — Bandits on motorcycles killed
[[at least 17 villagers|killed;a=residents]] and set fire to [[about 60 houses|housing;a=residents]]
in the Mariga area of Niger state on Saturday, residents said, as troops launched a manhunt in
the Kainji forest. Police put the toll at [[nine|killed;a=Police]]. The army said troops of
Operation Whirl Punch neutralised [[13 bandits|killed;a=The army]] in a pursuit that lasted into
Sunday and recovered [[22 rustled cattle|other;a=The army]]. Local officials said
[[more than 4,000 people|displaced;a=Local officials]] had fled to Kuta and Minna. The state
government has opened [[two camps|capacity]] in primary schools in Kuta for the displaced. Its
emergency management agency said [[1,300 households|aid;p;a=Its emergency management agency]]
would receive food and sleeping mats this week.
""",
)

item(
    "Navy special forces free 12 crew, arrest pirates off Bonny",
    """
PORT HARCOURT, Nigeria — The Nigerian Navy said on Monday its special forces had rescued
[[12 crew members|kidnapped;a=The Nigerian Navy]] of a product tanker seized by sea robbers off
Bonny Island and arrested [[seven suspected pirates|arrested;a=The Nigerian Navy]].
[[Two of the attackers|killed;a=Commodore Adams Okon;alt=the navy's spokesman]] were killed in an exchange of fire,
Commodore Adams Okon, the navy's spokesman, told reporters. Okon said the team seized
[[two speedboats|other;a=Okon;u=other]] fitted with {{200-horsepower}} outboard engines,
[[four pump-action guns|other;a=Okon]] and [[about 300 cartridges|other;a=Okon]]. The kidnappers
had moved the crew to a camp in the creeks and demanded {{$500,000}}, shipping sources said.
Piracy in the Gulf of Guinea fell by {{40%}} in {{2023}}, according to the International Maritime
Bureau, which recorded [[22 incidents|other;a=the International Maritime Bureau;u=other]] in
the region that year.
""",
)

item(
    "Plateau task force arrests 23 over Christmas Eve attacks",
    """
JOS, Nigeria — Operation Safe Haven, the military task force in Plateau state, said on Saturday
it had arrested [[23 suspects|arrested;a=Operation Safe Haven]] over a wave of attacks on farming
villages in Bokkos and Mangu that killed [[more than 150 people|killed;a=Operation Safe Haven]]
over Christmas. Captain Daniel Gyang, the task force's spokesman, said troops also recovered
[[17 locally made guns|other;a=Captain Daniel Gyang;alt=the task force's spokesman]] and
[[148 rounds|other;a=Captain Daniel Gyang;alt=the task force's spokesman]] of ammunition in cordon-and-search operations. He
said [[an additional 600 soldiers|combatants;p;a=Captain Daniel Gyang;alt=the task force's spokesman]] would be deployed to the
affected districts from next week. Plateau's emergency management agency said
[[about 10,000 people|displaced;a=Plateau's emergency management agency]] had fled to Bokkos
town, where they are sheltering in
[[14 schools and churches|capacity;a=Plateau's emergency management agency;n=schools and churches]].
A curfew from {{6 p.m.}} to {{6 a.m.}} remains in force in both areas.
""",
)

item(
    "Air force says strikes killed over 100 Boko Haram fighters",
    """
The Nigerian Air Force said on Friday that strikes on a gathering of Boko Haram commanders at
Tumbun Rago on Lake Chad had killed [[more than 100 terrorists|killed;a=The Nigerian Air Force]],
including [[at least three senior commanders|killed;a=The Nigerian Air Force]]. Air Commodore
Kayode Ajibola, the air force's spokesman, said the strikes, carried out over {{two days}}, also
destroyed [[four gun trucks|other;a=Air Commodore Kayode Ajibola;alt=the air force's spokesman]] and a fuel dump. He said the
service would send [[two more attack jets|other;p;a=Air Commodore Kayode Ajibola;u=other]] to
Maiduguri this month. Residents of Monguno said
[[at least 12 fishermen|killed;a=Residents of Monguno]] were among the dead, a claim the air force
denied. Amnesty International said the air force had killed
[[more than 400 civilians|killed;a=Amnesty International]] in
[[at least a dozen misdirected strikes|other;a=Amnesty International;u=other]] since {{2017}}.
The air force says it verifies every target with ground troops.
""",
)

item(
    "Troops arrest Benue militia leader and gang members",
    """
MAKURDI, Nigeria — Troops of Operation Whirl Stroke have arrested a wanted militia leader known
as Ajigi and [[11 gang members|arrested;a=the military]] in the Katsina-Ala area of Benue state,
the military said. A statement from the task force said the troops recovered
[[seven AK-47 rifles|other;a=A statement from the task force;alt=Operation Whirl Stroke;v=7]],
[[two GPMGs|other;a=A statement from the task force;alt=Operation Whirl Stroke;u=other]] and
[[1,020 rounds|other;a=A statement from the task force;alt=Operation Whirl Stroke]] of {{7.62mm}}
ammunition hidden in a yam barn. Police blame the group for the killing of
[[at least 70 people|killed;a=Police]], including
[[eight police officers|killed;a=Police]], since {{2020}}. Benue's governor said last month that
[[over 1.5 million people|displaced;a=Benue's governor]] remain displaced in the state by attacks
blamed on armed herders and militias. The militia leader was flown to Abuja for interrogation.
""",
)

item(
    "MNJTF says 300 fighters killed in Lake Chad islands offensive",
    """
N'DJAMENA - The Multinational Joint Task Force (MNJTF) said on Tuesday its troops had killed
[[about 300 Boko Haram and ISWAP fighters|killed;a=The Multinational Joint Task Force (MNJTF)]]
in a {{six-week}} offensive on islands in Lake Chad. The force, which draws troops from Nigeria,
Niger, Chad and Cameroon, said
[[54 of its soldiers|killed;a=The force;alt=The Multinational Joint Task Force (MNJTF)]] were
killed and [[126|injured;a=The force;alt=The Multinational Joint Task Force (MNJTF)]] wounded in
the operation, codenamed {{Lake Sanity 2}}. MNJTF spokesman Lieutenant Colonel Abdoulaye Maiga
said troops freed [[1,023 hostages|kidnapped;a=Lieutenant Colonel Abdoulaye Maiga]], most of them
women and children, and destroyed
[[dozens of camps|housing;a=Lieutenant Colonel Abdoulaye Maiga]]. He said
[[some 850 fighters|other;a=Lieutenant Colonel Abdoulaye Maiga]] had surrendered with their
weapons at the force's {{Sector 3}} headquarters in Monguno. Chad's army, which lost
[[about 40 soldiers|killed]] in an attack on its Barkaram base in {{October 2024}}, led the
assault on the Chadian side of the lake.
""",
)

item(
    "Army rescues 137 abducted pupils and teachers",
    """
KADUNA, Nigeria — The Nigerian Army said on Sunday troops had rescued
[[137 pupils and staff|kidnapped;a=The Nigerian Army;n=pupils and staff]] abducted from a primary
school in the Kachia area {{16 days}} earlier. The hostages, [[76 girls|kidnapped]],
[[55 boys|kidnapped]] and [[six teachers|kidnapped]], were freed in a forest in neighbouring
Zamfara state and flown to Kaduna by helicopter. Army spokesman Major General Adamu Garba said
no ransom was paid and that troops recovered
[[two motorcycles|other;a=Army spokesman Major General Adamu Garba]] abandoned by the kidnappers.
The Kaduna state governor said [[one teacher|killed;a=The Kaduna state governor]] had died in
captivity and [[three pupils|missing;a=The Kaduna state governor]] were still unaccounted for.
The gunmen had demanded {{1 billion naira}} (about {{$690,000}}) for the group, parents said.
""",
)

item(
    "Troops kill eight gunmen in raid on Imo camp, army says",
    """
ENUGU, Nigeria — Troops of the {{82 Division}} and police killed
[[eight gunmen|killed;a=the army]] suspected to belong to the Eastern Security Network in a raid
on a forest camp near Orlu in Imo state, the army said. Lieutenant Colonel Chidi Okafor, an army
spokesman, said the troops rescued [[three kidnap victims|kidnapped;a=Lieutenant Colonel Chidi Okafor]]
held at the camp and recovered [[five pump-action guns|other;a=Lieutenant Colonel Chidi Okafor]],
[[two locally fabricated rifles|other;a=Lieutenant Colonel Chidi Okafor]] and
[[a dozen live cartridges|other;a=Lieutenant Colonel Chidi Okafor]]. The outlawed Indigenous People
of Biafra, proscribed as a terrorist organisation in {{2017}}, denied any link to the camp. Police
in Imo said [[at least 28 police officers|killed;a=Police in Imo]] had been killed and
[[16 stations|housing;a=Police in Imo;u=structure]] burned in attacks in the state since
January. Residents said [[dozens of young men|arrested;a=Residents]] were rounded up during the
raid and taken to Owerri.
""",
)

item(
    "Military says 10,937 terrorists neutralised in 2024",
    """
ABUJA — The armed forces neutralised [[10,937 terrorists|killed;a=Defence Headquarters]],
arrested [[11,268 suspects|arrested;a=Defence Headquarters]] and rescued
[[7,063 hostages|kidnapped;a=Defence Headquarters]] in {{2024}}, Defence Headquarters said on
Monday in its year-end review, figures it said were up {{18%}} on the year before. Its
spokesman said [[124,408 insurgents and family members|other;a=Its spokesman;alt=Defence Headquarters;n=insurgents and family members]]
had surrendered in the North-East since {{2021}}. He said troops also recovered
[[11,024 weapons|other;a=Its spokesman;alt=Defence Headquarters]] and
[[more than 252,000 rounds|other;a=Its spokesman;alt=Defence Headquarters]] of assorted
ammunition. The review did not give the number of soldiers killed. Analysts at an Abuja
security consultancy estimate that
[[at least 1,200 security personnel|killed;a=Analysts at an Abuja security consultancy]] died
in attacks and ambushes during the year.
""",
)

item(
    "Over 6,000 displaced villagers return to Katsina communities",
    """
KATSINA, Nigeria — [[More than 6,000 displaced villagers|returned;a=state officials]] have gone
back to their homes in the Faskari and Dandume areas of Katsina state, state officials said on
Wednesday. The returns follow a {{three-month}} operation in which the army said troops killed
[[47 bandits|killed;a=the army]] and freed [[212 captives|kidnapped;a=the army]]. Under a
civil-military programme, soldiers distributed rice and maize to [[1,500 households|aid]] and
[[about 900 residents|aid]] received free treatment from army doctors. The state's emergency
agency said the Kankara camp, built for
[[3,000 people|capacity;a=The state's emergency agency]], still holds
[[about 4,200|displaced;a=The state's emergency agency]]. Officials plan to rebuild
[[420 houses|housing;p;a=Officials]] burned by bandits before the rains begin in {{June}}.
""",
)

item(
    "Nigerian Army marks anniversary with Abuja parade",
    """
ABUJA — The Nigerian Army marked its {{161st}} anniversary on {{July 6}} with a parade at the
Mogadishu Cantonment, where the Chief of Army Staff promised to "end the insurgency in the
shortest possible time". The army received {{N1.1 trillion}} in the {{2025}} budget,
{{12%}} more than in {{2024}}, and the new {{8 Division}} in Sokoto is to get its own aviation
wing, he said. Operation Hadin Kai, launched in {{2021}} as the successor to Operation Lafiya
Dole, has entered its {{fifth}} year. The celebrations, held over {{five days}}, included a
football match and a medical outreach at the {{44 Nigerian Army Reference Hospital}} in Kaduna.
Nigerian Army Day was first celebrated in {{2003}}.
""",
)

item(
    "Court martial jails soldier over Maiduguri shooting",
    """
MAIDUGURI, Nigeria — A general court martial sitting at the {{7 Division}} garrison sentenced a
lance corporal to {{25 years}} in prison on {{March 3, 2025}} for shooting dead a trader at a
checkpoint on the Damboa road. The {{32-year-old}} soldier, who had served for {{nine years}},
was convicted under {{Section 106}} of the Armed Forces Act after a trial that lasted
{{four months}}. The court ordered the army to pay the family {{N5 million}} in compensation.
The army said the sentence showed its "zero tolerance" for abuses, a phrase it has used in
statements since {{2015}}.
""",
)
