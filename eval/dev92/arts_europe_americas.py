"""dev92 articles: Europe, the Caucasus and the Americas (Ukraine, Russia, Armenia and
Azerbaijan, Poland and Belarus, Haiti, Colombia, Mexico and Guatemala, Nicaragua)."""

from _wrap import item

item(
    "Civilians evacuated from Azovstal reach Zaporizhzhia as fighters hold out",
    """
ZAPORIZHZHIA, Ukraine - A convoy carrying [[about 170 civilians|displaced;a=the United Nations]]
evacuated from the Azovstal steel works and other parts of the besieged port city of Mariupol
reached Ukrainian-held Zaporizhzhia on Sunday, the United Nations said. The International Committee
of the Red Cross said [[11 buses|other;a=The International Committee of the Red Cross]] and a
handful of private cars had made the {{230-km}} journey across the front line, a trip that took
{{more than a day}} because of checkpoints and mines on the road.

In all, [[more than 600 civilians|displaced;a=the UN's humanitarian coordinator for Ukraine]] have
been brought out of the plant and surrounding districts since {{April 30}} in operations run by the
UN and the ICRC, the UN's humanitarian coordinator for Ukraine said. Women who reached Zaporizhzhia
described living for {{two months}} in bunkers beneath the plant, with little food and no daylight.
"We counted the days by the shelling," said one, holding a child wrapped in a blanket.

Ukrainian officials say [[about 100,000 people|civilians;a=Ukrainian officials]] remain in
Mariupol, a city that had [[more than 400,000 residents|civilians;a=Ukrainian officials]] before
Russia's invasion on {{February 24}}. City officials estimate that [[at least 20,000
residents|killed;a=City officials]] have been killed during the siege, a figure that cannot be
verified. City authorities say [[about 300 people|killed;a=City authorities]] died when a Russian
air strike hit the Drama Theatre on {{March 16}}, where families were sheltering; an AP
investigation later put the number closer to [[600|killed;a=an AP investigation]].

Inside the steel works, a Soviet-era maze of tunnels, Ukrainian fighters of the Azov regiment and
marines are still holding out. Russia's defence ministry said [[about 2,000 Ukrainian
fighters|combatants;a=Russia's defence ministry]] remained in the plant, while Ukrainian commanders
said they were caring for [[hundreds of wounded|injured;a=Ukrainian commanders]] with almost no
medicine. The Russian military said it would observe a ceasefire each day from {{8am}} to {{6pm}}
Moscow time to let civilians out, but Ukraine accused it of continuing to shell the plant.

Russia's defence ministry said separately that [[more than 1.1 million people|displaced;a=Russia's
defence ministry;v=1100000]] had been "evacuated" to Russia from Ukraine since the start of the war,
including [[about 200,000 children|displaced;a=Russia's defence ministry]]. Kyiv says many were
deported against their will. According to UN agencies, [[more than 8 million people|displaced;a=UN
agencies]] have been displaced inside Ukraine and [[5.8 million|displaced;a=UN agencies;v=5800000]]
have fled abroad, the largest refugee movement in Europe since {{World War Two}}.

The evacuation followed weeks of negotiations involving UN Secretary-General António Guterres, who
met Russian President Vladimir Putin in Moscow and Ukrainian President Volodymyr Zelenskiy in Kyiv in
late {{April}}. Earlier attempts to open humanitarian corridors from Mariupol had collapsed amid
shelling, with each side blaming the other. Evacuees said they had first been taken to a
"filtration" point in the Russian-held village of Bezimenne, where their documents and phones were
checked, before being allowed to continue toward Ukrainian-held territory. Some said men had been
questioned at length and that they did not know what had happened to relatives who were separated
from them. The Russian defence ministry said evacuees were free to choose whether to go to
Ukrainian-held areas or to Russia, while Ukraine's foreign ministry called the screening a violation
of international humanitarian law.
""",
)

item(
    "Russia says 121,000 evacuated from Kursk border districts as Ukrainian push continues",
    """
MOSCOW (Reuters) - [[More than 121,000 people|displaced;a=Alexei Smirnov]] have been evacuated from
border districts of Russia's Kursk region, its acting governor, Alexei Smirnov, said on Wednesday,
a week after Ukrainian troops crossed the border in the largest foreign attack on Russian soil
since {{World War Two}}. [[A further 59,000 people|displaced;p;a=Alexei Smirnov]] are due to be
moved out of neighbouring areas, he said.

Ukraine's commander-in-chief, General Oleksandr Syrskyi, said his forces controlled [[74
settlements|other;u=other;a=General Oleksandr Syrskyi;alt=Ukraine's commander-in-chief]] covering
about {{1,000 square km}}, and President Volodymyr Zelenskiy said Ukrainian troops had captured
[[more than 100 Russian soldiers|arrested;a=President Volodymyr Zelenskiy]], who he said would be
exchanged for Ukrainian prisoners of war. Analysts at the Institute for the Study of War estimated
that Ukraine had committed [[between 6,000 and 10,000 troops|combatants;a=Analysts at the
Institute for the Study of War]] to the incursion.

Russia's defence ministry said its forces had killed [[about 2,000 Ukrainian
troops|killed;a=Russia's defence ministry]] and destroyed [[35 tanks|other;a=Russia's defence
ministry]] since the start of the operation. Neither side's figures could be independently verified.
Russia's Investigative Committee said [[31 civilians|killed;a=Russia's Investigative Committee]]
had been killed and [[143|injured;a=Russia's Investigative Committee]] wounded in the region,
and that it had opened a terrorism case.

In the city of Kursk, about {{100 km}} from the border, volunteers have been handing out clothes and
food at collection points. Officials said [[more than 200 temporary accommodation
centres|capacity;a=Officials]] had been opened across the region and in neighbouring provinces,
some of them in schools and summer camps. Each evacuee is entitled to a one-off payment of {{10,000
roubles}}, and the government declared a federal emergency on {{August 8}}.

"We left with our documents and the cat. Everything else is still there," said Galina, a
{{67-year-old}} pensioner from Sudzha, queueing for a food parcel outside a sports hall. Residents
complained that they had received no warning to leave before Ukrainian armoured vehicles appeared on
the outskirts of their villages. Relatives of people who stayed behind in Sudzha say [[dozens of
residents|missing;a=Relatives of people who stayed behind in Sudzha]] cannot be reached, and have
posted their names and photographs on social media groups.

In neighbouring Belgorod region, authorities said they had evacuated [[about 11,000
residents|displaced;a=authorities]] from the Krasnaya Yaruga district after Ukrainian shelling and
drone attacks. The Kursk nuclear power plant, about {{60 km}} from the fighting, was operating
normally, Russia's state nuclear company said, and the International Atomic Energy Agency urged
both sides to exercise "maximum restraint". The Kremlin has called the incursion a "major
provocation" and vowed to drive the Ukrainian forces out.

Kyiv has given shifting explanations for the operation, saying it aims to create a buffer zone to
stop cross-border shelling of Sumy region and to gain leverage in any future negotiations. Some
Western analysts have questioned the wisdom of moving experienced brigades away from the Donetsk
front, where Russian forces have been advancing toward the town of Pokrovsk for {{several weeks}}.
Russia's foreign ministry said the attack had made any talks impossible "for now". Russian state
television has played down the incursion, calling it a "terrorist attack" and showing evacuees being
greeted with food and medical care, but some residents interviewed by independent Russian media said
the authorities had left them to fend for themselves. In Kursk city, long queues formed outside
shops and petrol stations as residents stocked up on supplies. The governor of
Sumy region ordered the evacuation of a {{10-km}} strip on the Ukrainian side of the border in
expectation of Russian retaliation.
""",
)

item(
    "Nagorno-Karabakh: tolls diverge as shelling empties Stepanakert",
    """
YEREVAN/BAKU (Reuters) - Nagorno-Karabakh's ethnic Armenian authorities said on Sunday that [[45
more servicemen|killed;a=Nagorno-Karabakh's ethnic Armenian authorities]] had been killed,
raising their military toll to [[729|killed;a=Nagorno-Karabakh's ethnic Armenian authorities]]
since fighting with Azerbaijani forces erupted on {{September 27}}. Azerbaijan has not disclosed
its military losses, but says [[60 civilians|killed;a=Azerbaijan]] have been killed and [[270|injured;a=Azerbaijan]]
wounded by Armenian shelling.

Russian President Vladimir Putin said last week that [[nearly 5,000 people|killed;a=Russian
President Vladimir Putin]] had been killed on both sides, a figure far higher than the official
tolls. Both sides accuse each other of targeting civilian areas, and both deny it. Karabakh's
human rights ombudsman said [[an estimated 90,000 people|displaced;a=Karabakh's human rights
ombudsman]], {{about half}} of the enclave's population, had fled their homes, most of them to
Armenia. The Armenian government said it was housing [[between 2,000 and 3,000
families|displaced;a=The Armenian government]] in hotels, schools and holiday camps, and that many
more were staying with relatives.

In Stepanakert, the enclave's main city, residents have spent {{three weeks}} in basements as
artillery and drones struck the city at night. Many of the shops on the main street are boarded up,
and the streets are largely empty except for soldiers and journalists. "My children have not seen
the sky in {{ten days}}," said Anahit, a teacher sheltering beneath a school with her family.

In Azerbaijan, a missile strike on the city of Ganja, {{100 km}} from the front line, killed [[13
people|killed;a=Azerbaijani officials]] and wounded [[more than 40|injured;a=Azerbaijani
officials]] on {{October 17}}, Azerbaijani officials said. Armenia denied firing at Ganja. President
Ilham Aliyev said his forces had "liberated" [[dozens of villages|other;a=President Ilham Aliyev]]
in the south of the enclave and along the border with Iran.

French President Emmanuel Macron said [[300 Syrian fighters|combatants;a=French President
Emmanuel Macron]] had travelled through Turkey to join the fighting on Azerbaijan's side, an
accusation Ankara and Baku rejected. Humanitarian truces brokered by Russia have collapsed within
hours. The International Committee of the Red Cross has called on both sides to spare civilians and
civilian infrastructure.

The region is internationally recognised as part of Azerbaijan but has been run by ethnic Armenians
since a war in the early {{1990s}}, which killed [[about 30,000 people|killed]] and forced
[[hundreds of thousands|displaced]] from their homes. A ceasefire in {{1994}} left the conflict
frozen for {{more than a quarter of a century}}, punctuated by flare-ups such as the {{four-day}}
war of {{April 2016}}.

Mediators from the OSCE Minsk Group, co-chaired by France, Russia and the United States, have
failed to make progress in {{more than two decades}} of talks. Turkey has openly backed Azerbaijan,
while Armenia is a member of a Russian-led military alliance, raising fears that the fighting could
draw in regional powers. Analysts say Baku, which has spent heavily on Israeli and Turkish drones
since the {{2016}} clashes, has used them to devastating effect against Armenian tanks and air
defences, changing the balance of the war.
""",
)

item(
    "Migrants stranded in freezing forest on Poland-Belarus border",
    """
KUZNICA, Poland (Reuters) - [[About 2,000 migrants|displaced;a=Polish authorities]] are camped in
freezing woods on the Belarusian side of the border near the Polish village of Kuznica, Polish
authorities said on Tuesday, after crowds tried to tear down a razor-wire fence and were driven
back by border guards. Poland's border guard said it had recorded [[about 33,000 attempts|other;u=other;a=Poland's
border guard]] to cross the frontier illegally this year, a sharp rise on previous years.

Poland's defence ministry said it had deployed [[15,000 soldiers|combatants;a=Poland's defence
ministry]] to the border, alongside police and border guards, and that [[about 50
people|arrested;a=Poland's defence ministry]] had been detained after trying to break through. The
ministry said Belarusian forces had given the migrants wire cutters and tear gas, which Minsk
denied.

The European Union accuses President Alexander Lukashenko of flying in migrants from the Middle East
and pushing them toward the border in revenge for sanctions imposed after his disputed re-election
in {{August 2020}}. Most of those in the camp are Iraqi Kurds, with smaller numbers of Syrians,
Afghans and Yemenis, many of whom paid {{thousands of dollars}} for visas, flights and transport.

Temperatures fell to {{minus 4C}} overnight. [[At least eight people|killed;a=rights groups]] have
died on the border since {{August}}, most of them from hypothermia, according to rights groups.
Grupa Granica, a network of Polish aid groups, said border guards had pushed [[hundreds of
people|other;a=Grupa Granica]] back into Belarus in recent weeks, including families with children,
sometimes after they had requested asylum. Poland says its actions are legal.

Belarusian state media said the authorities had moved [[about 1,000 migrants|displaced;a=Belarusian
state media]] into a heated warehouse near the Bruzgi checkpoint, and that the Belarusian Red Cross
had handed out [[700 blankets|aid;a=Belarusian state media]] and hot food. The Iraqi foreign ministry
said a first repatriation flight would bring home [[about 430 Iraqis|returned;p;a=The Iraqi foreign
ministry]] who wished to return, and that more flights would follow.

The pressure has spread along the EU's eastern frontier. Lithuania's border guard has recorded [[more
than 4,000 irregular crossings|other;a=Lithuania's border guard]] from Belarus this year, compared
with [[81|other;u=other;a=Lithuania's border guard]] in the whole of {{2020}}, and Lithuania and
Latvia have both declared states of emergency. Poland has banned journalists and aid workers from a
{{3-km}} zone along the border, and the government plans to build a {{5.5-metre}} wall.
""",
)

item(
    "Haiti gang violence displaces record numbers as cholera returns to crowded sites",
    """
PORT-AU-PRINCE (AP) - [[More than 700,000 people|displaced;a=the International Organization for
Migration]] are now internally displaced in Haiti, {{half of them}} children, the International
Organization for Migration said on Tuesday, as gangs extend their control over the capital and
push into farming areas north of it. The number has nearly doubled since {{March}}, when gangs
attacked police stations and freed [[thousands of inmates|other]] from the National Penitentiary and another prison.

In Port-au-Prince, where gangs control an estimated {{85%}} of the city, [[about 110,000
people|displaced;a=the agency;alt=the International Organization for Migration]] are living in [[96
makeshift sites|capacity;a=the agency;alt=the International Organization for Migration]], many of
them schools and public buildings, according to the agency. The Ministry of Public Health said
[[42 suspected cholera cases|other;a=The Ministry of Public Health]] and [[three deaths|killed;a=The
Ministry of Public Health]] had been recorded in one of the sites, a former school in the Delmas
area, since late {{September}}.

"We have been displaced {{three times}} this year. Each time we lose what little we have left," said
Marie-Claude Joseph, who now sleeps in a classroom with her neighbours. She said she had no money
for the tap-taps that would take her to a clinic.

The UN human rights office said gang violence had killed [[at least 3,661 people|killed;a=The UN
human rights office]] in the {{first half}} of the year. In early {{December}}, [[at least 184
people|killed;a=the UN]], most of them older residents, were killed in the Wharf Jérémie
neighbourhood of Cité Soleil on the orders of a gang leader who blamed them for his son's
illness, according to the UN.

A Kenyan-led multinational security mission has [[about 400 police officers|combatants]] on the
ground, far short of the [[2,500|combatants;p]] envisaged when the UN Security Council approved it
in {{October 2023}}. UNICEF said [[more than 900 schools|other;a=UNICEF]] had closed because of the
violence. Flights to the capital were suspended in {{November}} after gunmen shot at [[three
commercial aircraft|other]] as they approached the airport.

According to the Integrated Food Security Phase Classification, [[5.4 million Haitians|civilians;a=the
Integrated Food Security Phase Classification;v=5400000]], {{about half the population}}, face
acute hunger. The World Food Programme said it had served [[more than 1 million hot
meals|aid;a=The World Food Programme]] in displacement sites since {{January}}, but that it had
received {{less than 40%}} of the money it needs this year.

Gangs have expanded since the assassination of President Jovenel Moïse in {{July 2021}}, and in
{{February}} a coalition of rival groups known as Viv Ansanm launched coordinated attacks that
forced Prime Minister Ariel Henry to resign. A transitional presidential council now governs the
country, but it has been weakened by corruption allegations and internal disputes. Aid agencies say
they have had to halt operations in parts of the capital repeatedly this year because of fighting,
and the main road north from Port-au-Prince is controlled by gangs that demand payment from trucks.
"Moving food from the port to a displacement site has become a security operation," said a UN
official in the capital. Washington, which has provided most of the funding for the security
mission, has pushed for it to be turned into a formal UN peacekeeping operation.
""",
)

item(
    "Fighting between armed groups confines thousands in Colombia's Chocó",
    """
BOGOTÁ (Reuters) - Fighting between the ELN guerrilla group and the Gulf Clan, Colombia's largest
drug-trafficking gang, has left [[more than 8,000 people|civilians;a=Colombia's ombudsman's
office]] confined to their villages in the western province of Chocó, unable to fish, farm or reach
health centres, Colombia's ombudsman's office said on Monday. The office said [[between 600 and 700
families|displaced;a=The office;alt=Colombia's ombudsman's office]] had fled down the San Juan river
to the town of Istmina, many of them Indigenous Emberá and Afro-Colombian families.

The confinement affects [[22 communities|other;u=other;a=the ombudsman;alt=Colombia's ombudsman's office]] along the San Juan and its
tributaries, the ombudsman said, where the armed groups have planted landmines on paths and imposed
curfews from {{6pm}}. Istmina, whose [[about 30,000 residents|civilians]] already depend on river
transport for most of their food, has set up shelters in a sports hall and a school.

"They killed [[three of our guards|killed;a=Ángel Murillo]] and told us no one could leave," said
Ángel Murillo, an Indigenous governor whose community has been confined since {{early March}}. The
International Committee of the Red Cross said explosive devices had killed [[nine civilians|killed;a=The
International Committee of the Red Cross]] in Chocó this year, [[four of them|killed;n=-;a=The
International Committee of the Red Cross]] children.

Indigenous leaders say armed groups have recruited [[at least 60 children|combatants;a=Indigenous
leaders]] from their communities in the past {{two years}}, some {{as young as 13}}. The army said
it had sent [[1,200 soldiers|combatants;a=The army]] to the area, but residents say troops rarely
leave the towns.

In {{May}}, a {{four-day}} "armed strike" called by the Gulf Clan after the extradition of its
leader paralysed [[178 municipalities|other;u=other]] across the north of the country, with
shops shut and roads blocked. The UN humanitarian office said it had delivered [[2,000 food
kits|aid;a=The UN humanitarian office]] to confined communities by river in the past month.

Colombia's {{2016}} peace deal with the FARC guerrillas, under which [[more than 13,000
former FARC members|combatants]] laid down their arms, has failed to end violence in remote areas,
where other armed groups have moved into territory the FARC once controlled. President Gustavo
Petro, who takes office in {{August}}, has promised "total peace" talks with the remaining groups.
Chocó is one of Colombia's poorest provinces, with {{more than 60%}} of its people living in
poverty.
""",
)

item(
    "Mexicans flee cartel battles in Chiapas, seek refuge in Guatemala",
    """
GUATEMALA CITY (AP) - [[As many as 580 Mexicans|displaced;a=Guatemalan authorities]] have crossed into
Guatemala to escape fighting between the Sinaloa and Jalisco New Generation cartels in the Mexican
border municipality of Amatenango de la Frontera, Guatemalan authorities said on Wednesday. The
country's migration institute said [[about 200 of them|displaced;n=-;a=The country's migration
institute]] were children and that the group was being housed in [[two schools|capacity;a=The
country's migration institute]] in the village of Ampliación Nueva Reforma, in the department of
Huehuetenango.

Those who crossed said they had fled after gunmen cut power and mobile signal in their communities
and blocked roads with burning trucks. Residents said the cartels had abducted [[dozens of young
men|kidnapped;a=Residents]] to fight for them and threatened to kill families who refused. "They
told us we were either with them or against them," said a farmer who crossed with his wife and
children, asking that his name not be used.

Guatemala's disaster agency said it had handed out [[about 1,000 food rations|aid;a=Guatemala's
disaster agency]], blankets and hygiene kits. Mexican officials said [[about 150 people|returned;a=Mexican
officials]] had already gone back to Amatenango after soldiers arrived, and President Andrés Manuel
López Obrador said the rest would be able to return "very soon".

Mexico's defence ministry said it had deployed [[800 soldiers|combatants;a=Mexico's defence
ministry]] to the area. Human rights groups in Chiapas say the state has become a battleground since
{{2021}}, as the cartels fight for control of routes used to smuggle drugs, weapons and
migrants north from Guatemala. The Fray Bartolomé de Las Casas human rights centre said [[at least
3,000 people|displaced;a=The Fray Bartolomé de Las Casas human rights centre]] had fled their homes
in the state's border region since {{2023}}.

In {{June}}, [[about 4,000 people|displaced]] fled the town of Tila, in northern Chiapas, after an
armed group set fire to [[17 homes|housing]] and several vehicles. In {{May}}, Chiapas prosecutors
said [[11 bodies|killed;a=Chiapas prosecutors]] had been found in a truck near the town of La
Concordia.

Mexico recorded [[more than 29,000 homicides|killed;a=official data]] last year, according to
official data, though the number has fallen slightly since a peak in {{2019}}. López Obrador, who
leaves office on {{October 1}}, has defended his "hugs, not bullets" strategy of tackling the
causes of crime rather than confronting the cartels head-on. His successor, Claudia Sheinbaum, has
promised to continue it.
""",
)

item(
    "Nicaragua frees 222 political prisoners and flies them to Washington",
    """
WASHINGTON (Reuters) - Nicaragua freed [[222 political prisoners|arrested;a=the US State
Department]] on Thursday and put them on a chartered plane to the United States, the US State
Department said, in the largest release since President Daniel Ortega began a crackdown on his
opponents in {{2018}}. A judge in Managua said those freed had been declared "traitors to the
homeland" and stripped of their citizenship.

Among them were [[seven former presidential hopefuls|arrested]] detained in the run-up to the
{{2021}} election, in which Ortega won a {{fourth}} consecutive term, as well as [[11 university
students|arrested]], journalists, priests and former Sandinista guerrillas who had broken with him.
Dora María Téllez, a {{67-year-old}} historian and former guerrilla commander, had spent {{more than
600 days}} in isolation, her family said.

Catholic bishop Rolando Álvarez refused to board the plane and was sentenced the next day to {{26
years}} in prison for treason. The Mechanism for the Recognition of Political Prisoners, a
Nicaraguan rights group, said [[at least 37 political prisoners|arrested;a=The Mechanism for the
Recognition of Political Prisoners]] remained in jail after the release. Police arrested [[more than
40 opposition figures|arrested]] in the months before the {{2021}} vote.

The released prisoners will be given {{two-year}} humanitarian parole in the United States,
officials said. "This is a constructive step," Secretary of State Antony Blinken said in a
statement, while stressing that Washington had made no concessions in exchange.

The crackdown began in {{April 2018}}, when protests against cuts to pensions grew into mass
demonstrations demanding Ortega's resignation. Security forces and pro-government armed groups
killed [[more than 300 people|killed;a=the Inter-American Commission on Human Rights]], injured
[[more than 2,000|injured;a=the Inter-American Commission on Human Rights]] and detained [[more than
1,600 people|arrested;a=the Inter-American Commission on Human Rights]] over the following months,
according to the Inter-American Commission on Human Rights.

Costa Rica's migration agency says [[more than 200,000 Nicaraguans|displaced;a=Costa Rica's
migration agency]] have sought asylum there since {{2018}}. The government has also closed [[more
than 3,000 non-governmental organisations|other;u=other]], including universities, charities and
the Nicaraguan Red Cross, and seized their assets. Spain has offered citizenship to those stripped
of theirs, and Ortega's government has called the released prisoners "mercenaries" paid by foreign
powers.

At Dulles airport outside Washington, relatives who had not seen the prisoners for {{up to two
years}} waited behind a barrier with flags and flowers. Some of the freed men and women were thin
and pale and walked with difficulty, according to a family member.
"I still cannot believe I am here," former student leader Lesther Alemán told reporters. Analysts
said the release appeared designed to ease pressure from Washington without giving up any of
Ortega's control at home, and noted that the government had passed a constitutional amendment
the same day allowing it to strip "traitors" of their nationality.
""",
)
