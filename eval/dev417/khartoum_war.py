"""Khartoum under the war, 2023-2025: the RSF's seizure of the capital, looting, detention,
hunger, the army's push across the bridges and the siege of its headquarters."""

from _wrap import item

item(
    "Khartoum fighting enters fifth day as truce collapses",
    """
Fighting between Sudan's army and the paramilitary Rapid Support Forces raged across Khartoum on
{{19 April 2023}}, the {{fifth day}} of a power struggle that has turned the capital into a
battlefield. The Central Committee of Sudanese Doctors said
[[at least 174 civilians|killed;a=The Central Committee of Sudanese Doctors]] had been killed in
the capital and [[more than 1,100|injured;a=The Central Committee of Sudanese Doctors]] wounded,
and that [[39 hospitals|other;a=The Central Committee of Sudanese Doctors]] there and in
neighbouring states had been forced out of service by shelling or a lack of staff. Residents of
the {{Khartoum 2}} and Amarat districts described RSF pickup trucks mounted with machine guns
parked in residential streets. "We have had no water for {{four days}} and the shooting never
stops," said Amna Yousif, a teacher. Western diplomats estimate the RSF has
[[some 40,000 fighters|combatants;a=Western diplomats]] in and around Khartoum, while the army
relies on air power and artillery. The army said
[[hundreds of RSF fighters|killed;a=The army]] had been killed in air strikes on their bases, a
claim that could not be verified. [[Tens of thousands of residents|displaced]] have fled south by
bus and on foot toward Wad Madani, and foreign governments are preparing to evacuate
[[thousands of their nationals|displaced;p]].
""",
)

item(
    "Bahri residents say RSF fighters strip homes street by street",
    """
Paramilitary fighters have broken into [[thousands of homes|housing]] in Khartoum North, also
known as Bahri, since the war began in April, residents and a local resistance committee said.
The Shambat Resistance Committee said it had documented
[[1,380 houses|housing;a=The Shambat Resistance Committee]] looted in Shambat and Halfaya by the
end of {{July 2023}}, along with [[at least 212 cars|other;a=The Shambat Resistance Committee]]
taken from their owners. The committee said
[[some 60 residents|kidnapped;a=The committee;alt=Shambat Resistance Committee]] had been seized
and held for ransom, their families asked to pay as much as {{3 million Sudanese pounds}} each,
and that [[nine|missing;a=The committee;alt=Shambat Resistance Committee]] had not been heard from
since. Osman Babiker, a retired engineer, fled to Atbara with [[his seven children|displaced]]
after fighters came back to his house again and again. "They even took the doors off the
hinges," he said. The RSF says it protects civilians and has arrested
[[27 of its own fighters|arrested;a=The RSF]] accused of looting. The UN estimates that
[[more than 1.9 million people|displaced;a=The UN]] have fled Khartoum state.
""",
)

item(
    "Lawyers say RSF holds thousands in makeshift Khartoum jails",
    """
Emergency Lawyers, a group of Sudanese rights lawyers, said on {{21 November 2023}} that the Rapid
Support Forces were holding [[at least 5,000 people|arrested;a=Emergency Lawyers]] in makeshift
detention sites across Khartoum, including the basements of ministries in the Riyadh district
and a university campus in Soba. The group said it had recorded
[[117 deaths|killed;a=The group;alt=Emergency Lawyers]] in custody since {{June}}, most from
beatings, hunger or untreated wounds. Among those held are
[[at least 40 doctors|arrested;a=Emergency Lawyers]] and
[[a dozen journalists|arrested;a=Emergency Lawyers]], it said. Former detainees described rooms
of {{four metres by five}} holding [[as many as 70 men|arrested;a=Former detainees]] at a time,
with water handed out once a day. The RSF denied detaining civilians, saying the
[[1,200 people|arrested;a=The RSF]] in its custody were captured soldiers and members of Islamist
militias. In {{early December}}, the RSF released
[[64 prisoners|arrested]] of war to the International Committee of the Red Cross, which flew them
to Port Sudan.
""",
)

item(
    "Khartoum's communal kitchens shut after US aid freeze",
    """
Volunteer groups in Khartoum have closed
[[434 communal kitchens|other;u=structure;a=the Khartoum State Emergency Response Room]] since
Washington froze foreign aid in late January, cutting off daily meals to
[[some 816,000 people|aid;a=the Khartoum State Emergency Response Room]], the Khartoum State
Emergency Response Room said on {{12 February 2025}}. The kitchens, known locally as takaya, had
served [[about 1.1 million meals a day|aid]] across the capital before the cuts. In Mayo and
Jabal Awliya, where [[an estimated 400,000 people|civilians]] live under Rapid Support Forces
control, [[fewer than 40 kitchens|other;u=structure]] are still cooking. Nada Osman, a volunteer
coordinator in Mayo, said [[nine children|killed;a=Nada Osman]] had died of malnutrition in the
neighbourhood in January and that [[about 1,500 families|aid;a=Nada Osman]] now rely on a kitchen
run out of a mosque. The World Food Programme said it hoped to reach
[[1.4 million people|aid;p;a=The World Food Programme]] in Khartoum state by June if funding
allowed. A survey last year found that {{70 percent}} of households in the capital were skipping
meals.
""",
)

item(
    "Sudan's army crosses Khartoum bridges in biggest push of the war",
    """
Sudan's army launched its largest ground offensive in the capital on {{26 September 2024}},
sending troops across bridges over the Blue Nile and the White Nile under heavy artillery cover.
Military sources told Reuters that
[[several thousand soldiers|combatants;a=Military sources]], backed by Islamist volunteer
brigades, took part in the assault. The Rapid Support Forces said they had repelled the attack,
killing [[more than 300 soldiers|killed;a=The Rapid Support Forces]] and destroying
[[47 army vehicles|other;a=The Rapid Support Forces]]. The Sudan Doctors Network said
[[at least 32 civilians|killed;a=The Sudan Doctors Network]] had been killed and
[[about 110|injured;a=The Sudan Doctors Network]] wounded by shelling in Bahri and Omdurman over
{{two days}}. By evening the army said it had retaken
[[16 neighbourhoods|other;u=other;a=the army]] in Bahri and the Al-Mogran district near the
confluence. An army officer, speaking on condition of anonymity, said
[[about 2,000 RSF fighters|combatants;a=An army officer]] remained dug in around the presidential
palace. Residents reported [[dozens of bodies|killed;a=Residents]] lying in the streets of
Halfaya.
""",
)

item(
    "More than 3.5 million have fled Khartoum, IOM says",
    """
The International Organization for Migration said on {{5 September 2024}} that
[[3.6 million people|displaced;a=The International Organization for Migration]] had fled
Khartoum state since the war began, making the capital by far the largest source of Sudan's
displacement. Most had gone to River Nile, White Nile and Gezira states, the agency said, while
[[about 630,000|displaced;a=the agency;alt=The International Organization for Migration]] had
crossed into Egypt. In Kosti, on the White Nile,
[[more than 140 schools|capacity;a=local authorities]] are being used as shelters for
[[around 28,000 families|displaced;a=local authorities]], local authorities said. Officials in
Shendi said they had registered [[41,000 new arrivals|displaced;a=Officials in Shendi]] in
{{six weeks}}. IOM's Displacement Tracking Matrix now lists
[[1,130 displacement sites|capacity;a=IOM's Displacement Tracking Matrix]] in the states around
the capital. The agency warned that
[[up to 500,000 more people|displaced;p;a=The agency;alt=The International Organization for Migration]]
could be uprooted if fighting spreads further south.
""",
)

item(
    "Air strike on south Khartoum market kills dozens, volunteers say",
    """
An air strike hit a crowded market in Mayo, a district of southern Khartoum held by the Rapid
Support Forces, on {{10 September 2024}}, killing
[[at least 43 people|killed;a=the local emergency response room]] and wounding
[[more than 70|injured;a=the local emergency response room]], the local emergency response room
said. Volunteers said they had buried [[38 of the dead|killed;a=Volunteers]] in a trench behind
the market because the road to the cemetery was under fire. [[Five|killed]] of the dead were
volunteers who ran a kitchen nearby. The blast and the fire that followed destroyed
[[about 60 shops|housing]] and stalls. The army did not comment, but army-aligned social media
accounts said the strike had killed
[[dozens of RSF fighters|killed;a=army-aligned social media accounts]]. The United Nations said
[[more than 150 civilians|killed;a=The United Nations]] had been killed in air strikes on markets
in Khartoum state since {{June}}.
""",
)

item(
    "Families of Khartoum's missing search detention sites and morgues",
    """
The Missing Persons Initiative, a volunteer group, said on {{30 August 2024}} it had recorded
[[more than 3,000 people|missing;a=The Missing Persons Initiative]] who disappeared in Khartoum
state since the war began, most of them young men stopped at checkpoints. The group said
[[about 420|arrested;a=The group;alt=The Missing Persons Initiative]] had since been found alive
in Rapid Support Forces detention and
[[at least 160|killed;a=The group;alt=The Missing Persons Initiative]] had been confirmed dead.
The Strategic Initiative for Women in the Horn of Africa said
[[at least 24 women and girls|kidnapped;n=women and girls;a=The Strategic Initiative for Women in the Horn of Africa]]
had been abducted from homes in Bahri and East Nile. Residents of Haj Yousif said fighters had
taken [[dozens of young men|kidnapped;a=Residents of Haj Yousif]] from their homes to work as
porters and cooks. Hiba Ali, {{34}}, said her brother was among
[[11 men|kidnapped;a=Hiba Ali]] taken from their street in October. The RSF says it holds no
civilians.
""",
)

item(
    "Volunteers flock to army camps as Sudan calls for mobilisation",
    """
[[Thousands of young men|combatants]] have signed up at army camps in River Nile and Northern
states since the army chief, Abdel Fattah al-Burhan, called on Sudanese to take up arms against
the Rapid Support Forces in {{June 2023}}. The army said
[[about 40,000 volunteers|combatants;a=The army]] had completed training by January,
[[some 12,000|combatants;a=The army]] of them displaced men from Khartoum. The Al-Baraa bin Malik
brigade, an Islamist militia fighting beside the army in the capital, claims
[[more than 20,000 members|combatants;a=The Al-Baraa bin Malik brigade]] and says
[[at least 450 of its fighters|killed;a=The Al-Baraa bin Malik brigade]] have been killed.
Analysts estimate the RSF had [[between 70,000 and 100,000 fighters|combatants;a=Analysts]] when
the war broke out. A recruiter in Shendi said
[[about 300 recruits a week|combatants;a=A recruiter in Shendi]] still arrive, most aged between
{{18 and 25}}.
""",
)

item(
    "Sudan's army says it has broken the siege of its Khartoum headquarters",
    """
Sudan's army said on {{24 January 2025}} that its forces had broken the siege of the General
Command in central Khartoum, which the Rapid Support Forces had encircled since the
{{first week}} of the war, linking troops in the compound with units advancing from Bahri. Nabil
Abdallah, the army spokesman, said [[hundreds of soldiers|combatants;a=Nabil Abdallah]] who had
held out inside for {{21 months}} had been reached, and that
[[140 wounded|injured;a=Nabil Abdallah]] had been evacuated to Omdurman. He said
[[more than 1,000 RSF fighters|killed;a=Nabil Abdallah]] had been killed in {{three days}} of
fighting and [[220|arrested;a=Nabil Abdallah]] captured. The army said
[[41 of its soldiers|killed;a=The army]] had died. The RSF said the army had lost
[[about 600 soldiers|killed;a=The RSF]] in the assault. Video shared by soldiers showed
[[dozens of civilians|civilians]] who had been trapped in the surrounding streets, some too weak
to walk.
""",
)

item(
    "Sudan Doctors Network says dozens of medics killed in Khartoum",
    """
The Sudan Doctors Network said on Sunday that
[[78 health workers|killed;a=The Sudan Doctors Network]] had been killed in Khartoum state since
{{April 2023}}, among them [[34 doctors|killed;a=The Sudan Doctors Network]]. The network said
[[more than 200 medical staff|arrested;a=The network;alt=The Sudan Doctors Network]] had been
detained by the Rapid Support Forces, some accused of treating soldiers, and that
[[at least 19|missing;a=The network;alt=The Sudan Doctors Network]] were still unaccounted for.
Of [[88 hospitals|other;a=the World Health Organization]] in the capital, only
[[21|other;u=structure;a=the World Health Organization]] are working, according to the World Health
Organization. Ahmed Abbas, a surgeon at Al-Nau hospital in Omdurman, said staff there had treated
[[more than 30,000 wounded people|injured;a=Ahmed Abbas]] since the war began. "Some nights we
operate by the light of our phones," he said.
""",
)

item(
    "Starving families in Khartoum North eat leaves as RSF blocks roads",
    """
Residents of Halfaya and Kadaro in northern Bahri say they are eating boiled leaves and animal
fodder after the Rapid Support Forces closed the roads into the area for
{{more than two months}}. The Halfaya Emergency Response Room said
[[at least 26 people|killed;a=Halfaya Emergency Response Room]] had died of hunger and related
illness since early March. It estimated that
[[about 150,000 people|civilians;a=Halfaya Emergency Response Room]] remained trapped in the
area, while [[about 2,000 families|displaced;a=Halfaya Emergency Response Room]] had managed to
leave for Shendi. Volunteers smuggled in [[12 tonnes|aid]] of sorghum on
[[four donkey carts|aid]] last week. The RSF said it had allowed
[[30 trucks|aid;a=The RSF]] of food into Bahri and accused the army of shelling the road. The
World Food Programme said [[some 40,000 households|civilians;a=The World Food Programme]] in the
area faced catastrophic hunger.
""",
)

item(
    "Thousands of inmates walk out of Khartoum's Kober prison",
    """
[[Thousands of inmates|other]] walked out of Kober, Sudan's largest prison, in Khartoum North on
{{25 April 2023}} after guards abandoned their posts amid fighting between the army and the
Rapid Support Forces. The interior ministry said
[[about 7,000 prisoners|other;a=The interior ministry]] had escaped from Kober and
[[four other prisons|other;u=structure;a=The interior ministry]] in the capital, and that
[[12 police officers|killed;a=The interior ministry]] had been killed defending them. Ahmed
Haroun, a former official wanted by the International Criminal Court, said in a recorded
statement that he and [[about a dozen former officials|other;a=Ahmed Haroun]] had left Kober
under their own guard. The army blamed the RSF for storming the prison; the RSF blamed the army.
The Central Committee of Sudanese Doctors said
[[at least 459 people|killed;a=The Central Committee of Sudanese Doctors]] had been killed across
Sudan since {{15 April}}.
""",
)

item(
    "RSF fighters kill villagers south of Khartoum as army closes in",
    """
Rapid Support Forces fighters stormed [[three villages|other]] in the Jabal Awliya area south of
Khartoum on {{17 and 18 February 2025}}, killing
[[at least 200 people|killed;a=the Sudan Doctors Network]], the Sudan Doctors Network said.
Witnesses said fighters looted [[hundreds of houses|housing;a=Witnesses]], burned grain stores
and took [[dozens of men|kidnapped;a=Witnesses]] away in pickups. [[About 30|injured]] wounded
were carried by donkey cart to Bashair hospital. According to the International Organization for
Migration, [[more than 1,500 families|displaced;a=the International Organization for Migration]]
fled toward Al-Kalakla. The RSF denied targeting civilians and said it had killed
[[120 army soldiers|killed;a=The RSF]] in the area.
""",
)

item(
    "Red Crescent volunteers bury bodies left in Khartoum streets",
    """
Volunteers of the Sudanese Red Crescent buried
[[102 bodies|killed;a=the society;alt=Sudanese Red Crescent]] collected from streets and homes in
central Khartoum over {{three days}}, the society said on {{8 June 2023}}. Of those,
[[34|killed]] could not be identified. It said
[[about 200 volunteers|other;a=Sudanese Red Crescent]] were working in the capital.
[[Two volunteers|killed]] were killed by a stray shell earlier in the week. The International
Committee of the Red Cross said it had delivered
[[1,500 body bags|aid;a=The International Committee of the Red Cross]] to the capital's morgues.
Residents said [[dozens of bodies|killed;a=Residents]] still lay near the army's General Command,
where sniper fire made recovery impossible.
""",
)

item(
    "Sudanese pound slides to record low as war drags on",
    """
The Sudanese pound fell to {{2,700 pounds}} to the dollar on the parallel market in Port Sudan on
{{3 October 2024}}, from {{570 pounds}} when the war began in {{April 2023}}, currency traders
said. Annual inflation reached {{218 percent}} in August, according to the Central Bureau of
Statistics. The finance ministry said revenue had fallen by {{80 percent}} since the fighting
started, and civil servants in Khartoum state have not been paid for {{18 months}}. A loaf of
bread that sold for {{50 pounds}} before the war now costs {{400 pounds}} in Omdurman. "I spend
my whole day looking for cash," said Salah Idris, {{45}}, a trader from Khartoum's Souq Arabi who
now sells tea in Atbara.
""",
)

item(
    "Khartoum residents endure 47C heat without power or water",
    """
Temperatures in Khartoum reached {{47C}} on Saturday as residents of Omdurman and Karari went
without electricity for a {{third day}} running. The state power company said the grid had
supplied the capital for barely {{two hours}} a day since {{9 June}}, after drone strikes on the
Merowe dam, {{350 kilometres}} to the north, cut output by {{1,250 megawatts}}. Water pumps along
the Nile stopped working within {{24 hours}}. "My mother is {{71}} and cannot sleep in this heat,"
said Mona Khalid, who queues each morning at {{5am}} for water at a mosque tap. The World Health
Organization said in {{2024}} that about {{40%}} of health facilities in the state relied on
diesel generators.
""",
)
