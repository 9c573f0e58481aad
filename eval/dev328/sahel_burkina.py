"""Burkina Faso under Damiba and Traoré: Djibo and the blockaded towns, the VDP, Karma,
Barsalogho, Seytenga, Solenzo, the airlifts and the displacement figures (17 texts, 2 with no
figure)."""

from _wrap import item

item(
    "Convoy for blockaded Djibo ambushed in northern Burkina Faso",
    """
Gunmen ambushed a supply convoy heading for the blockaded town of Djibo near Gaskindé, in
Burkina Faso's Soum province, on {{September 26, 2022}}. [[At least 37 soldiers|killed;a=the
army]] were killed and [[27 others|injured;a=the army]] wounded, the army said in a statement
read on state television. Local sources told AFP that [[about 70 civilian drivers|missing;a=Local
sources]] were still unaccounted for two days later. The convoy of [[more than 150
trucks|aid]] was carrying food, fuel and medicine to a town whose population has swollen to
[[some 300,000 people|civilians]] since jihadists cut its roads. Witnesses said [[dozens of
vehicles|other;a=Witnesses]] were set on fire. JNIM, al-Qaeda's branch in the Sahel, claimed the
ambush and put the number of soldiers it had killed at [[60|killed;a=JNIM]]. The attack came
four days before army captain Ibrahim Traoré seized power in the country's second coup of the
year.
""",
)

item(
    "Burkina Faso's call for volunteers draws far more recruits than planned",
    """
Burkina Faso's military government launched a campaign on {{October 24, 2022}} to recruit
[[50,000 civilian volunteers|combatants;p]] to fight alongside the army against jihadist groups.
When registration closed two weeks later, [[more than 90,000 people|combatants;a=the
government]] had signed up, the government said. Officials plan to keep [[35,000
recruits|combatants;p;a=Officials]] in their home communes as Volunteers for the Defence of the
Homeland, or VDP, and to attach [[15,000|combatants;p;a=Officials]] to army units across the
country. Recruits must be at least {{18}} and receive {{14 days}} of training and a monthly
allowance of {{60,000 CFA francs}} ({{$97}}). In Kaya, the regional governor said [[1,200
recruits|combatants;a=the regional governor]] had finished their training in the first intake.
Rights groups have warned that arming civilians risks fuelling ethnic reprisals; Human Rights
Watch said VDP units had killed [[at least 14 Fulani civilians|killed;a=Human Rights Watch]] in
Séno province since the start of the year. In Séno, the VDP's regional coordinator said [[between 300 and 400 recruits|combatants;a=the VDP's regional coordinator]] were still waiting for weapons.
""",
)

item(
    "Burkina prosecutor opens inquiry after Karma killings",
    """
Men wearing Burkinabe army uniforms killed [[at least 147 villagers|killed;a=the public
prosecutor in Ouahigouya]], among them [[45 children|killed;a=the public prosecutor in
Ouahigouya]], in Karma, a village in the northern Yatenga province, on {{April 20, 2023}}, the
public prosecutor in Ouahigouya said. The Collective against Impunity and Stigmatisation of
Communities put the toll at [[156|killed;a=The Collective against Impunity and Stigmatisation of
Communities]]. Survivors told Human Rights Watch that the soldiers went from house to house,
calling men out by name. [[About 30 wounded|injured;a=the regional health directorate]] were
brought to the hospital in Ouahigouya, according to the regional health directorate. [[Dozens
of houses|housing]] were burned, and [[some 200 families|displaced;a=local officials]] fled to
Ouahigouya in the following days, local officials said. The transitional government condemned
the killings and said an investigation was under way. Relatives said [[up to 25 people|missing;a=Relatives]] were still missing. No one had been charged two years
later.
""",
)

item(
    "Toll from Barsalogho massacre disputed as families bury their dead",
    """
JNIM fighters opened fire on residents of Barsalogho, in Burkina Faso's Centre-Nord region, as
they dug defensive trenches on the army's orders on {{August 24, 2024}}. Security sources told
AFP [[at least 200 people|killed;a=Security sources]] were killed, while the group said in a
claim of responsibility that it had killed [[about 300|killed;a=the group;alt=JNIM]] militia
members. A French government security assessment seen by CNN put the number of dead at [[up to
600|killed;a=A French government security assessment]]. [[More than 140
wounded|injured;a=a medical source]] were taken to hospital in Kaya, a medical source said. The
government, which had requisitioned [[thousands of residents|other]] to dig the trenches, has
given no toll. A survivors' collective said it had counted [[more than 400 bodies|killed;a=A
survivors' collective]] and that [[dozens of men|missing;a=A survivors' collective]] were still
missing. [[About 20 homes|housing]] near the trench line were also set alight.
""",
)

item(
    "Burkina Faso stops publishing displacement figures",
    """
Burkina Faso's emergency relief agency, CONASUR, counted [[2,062,534 internally displaced
people|displaced;a=CONASUR]] at the end of {{March 2023}}, the last figure it has made public.
Women and children made up more than {{80%}} of them. Aid agencies believe the real number is
now higher, as the government stopped registering new arrivals in several provinces. In Djibo
alone, [[about 270,000 displaced people|displaced;a=the Norwegian Refugee Council]] depend on
food brought in by helicopter, the Norwegian Refugee Council said. The education ministry said
[[6,149 schools|other;a=The education ministry]] were closed because of insecurity, affecting
[[more than 1 million pupils|civilians;a=The education ministry]] and [[31,000
teachers|civilians;a=The education ministry]]. [[About 380 health centres|other;a=the health
ministry]] had shut or were working at reduced capacity, according to the health ministry.
[[More than 180,000 Burkinabe refugees|displaced;a=UNHCR]] have crossed into Mali, Niger, Côte
d'Ivoire, Ghana and Togo since {{2019}}, UNHCR says.
""",
)

item(
    "Army opens inquiry into Nouna killings blamed on volunteers",
    """
Burkina Faso's government said on {{January 2, 2023}} that [[28 bodies|killed;a=Burkina Faso's
government]] had been found in Nouna, in the Boucle du Mouhoun region, after a night of killings
that residents blamed on members of the VDP. Residents said the gunmen, some in VDP uniforms,
went door to door after an attack on a VDP post on the night of {{December 30}} in which [[two
volunteers|killed;a=Residents]] had died. The CISC, a rights collective, said the victims were
mostly Fulani men and put the toll at [[more than 40|killed;a=The CISC]]. [[Several hundred
families|displaced;a=a local official]] fled Nouna for Dédougou, a local official said. The
army said [[four suspects|arrested;a=The army]] had been detained and handed to the gendarmerie.
[[About 15 shops|housing]] in the cattle market were looted and burned. [[Up to 60 homes|housing;a=rights groups]] were also damaged, rights groups said.
""",
)

item(
    "Helicopters keep Burkina's besieged towns fed as roads stay cut",
    """
The World Food Programme said it had flown [[more than 1,600 tonnes|aid;a=The World Food
Programme]] of food into [[11 blockaded towns|other;a=The World Food Programme]] in northern and
eastern Burkina Faso since the start of the year, enough to feed [[about 800,000
people|aid;a=The World Food Programme]] for a month. The UN Humanitarian Air Service, which
operates [[four helicopters|other]] in the country, flew [[214 rotations|aid;u=other]] in {{June
2023}} alone. On {{May 17}}, a helicopter landing in Djibo was hit by gunfire and [[two crew
members|injured;a=the agency;alt=The World Food Programme]] were slightly wounded, the agency
said. In Diapaga, where [[some 50,000 residents|civilians]] have been cut off for more than a
year, traders say a sack of millet now costs {{45,000 CFA francs}}, three times the price in
Fada N'Gourma. "Without the helicopters there would be nothing," said a teacher in the town.
""",
)

item(
    "Dozens of women abducted while gathering food near Arbinda",
    """
Gunmen seized [[dozens of women|kidnapped;a=residents]] who had walked out of the blockaded town
of Arbinda to gather leaves and wild fruit on {{January 12 and 13, 2023}}, residents said. The
regional governor's office later put the number at [[about 50|kidnapped;a=The regional
governor's office]]. Arbinda, home to [[some 60,000 people|civilians]], among them [[tens of
thousands of displaced|displaced]], has been under blockade since {{2022}}. A week later state
broadcaster RTB said the army had freed [[66 women and children|kidnapped;a=state broadcaster
RTB;n=women and children]], among them [[four babies|kidnapped;a=state broadcaster RTB]],
after stopping a vehicle near Tougouri, more than {{200 km}} away. The women, some as young as
{{12}}, told officials they had been held in [[two camps|other;a=officials]] in the bush.
""",
)

item(
    "Videos show killings of Fulani civilians around Solenzo, HRW says",
    """
Human Rights Watch said on {{March 14, 2025}} that VDP militiamen had killed [[dozens of
civilians|killed;a=Human Rights Watch]], most of them ethnic Fulani, in and around Solenzo in
western Burkina Faso. The group said it had verified videos showing [[at least 58
bodies|killed;a=The group;alt=Human Rights Watch]], many of them women and children. Community
leaders put the toll at [[more than 130|killed;a=Community leaders]]. The government said the
videos had been fabricated by "enemies of the nation". [[About 3,000 people|displaced;a=UNHCR]]
crossed into Mali in the following week, UNHCR said. A Red Cross volunteer said [[150-200 families|displaced;a=A Red Cross volunteer]] were sheltering in Solenzo's schools. The VDP units involved belonged to a force
of [[about 2,000 volunteers|combatants]] raised in the Boucle du Mouhoun region in {{2024}}.
Witnesses said [[at least 12 people|kidnapped;a=Witnesses]] were taken away in pickups and have
not been seen since.
""",
)

item(
    "IS Sahel claims deadly raid on Mansila army post",
    """
Islamic State Sahel fighters overran an army post at Mansila, in Burkina Faso's Yagha province
near the Niger border, on {{June 11, 2024}}. Security sources told Reuters [[more than 100
soldiers|killed;a=Security sources]] were killed, making it one of the deadliest attacks on the
army since the {{2022}} coups. The group, in a statement carried by its Amaq agency, said [[107
soldiers|killed;a=The group;alt=Islamic State Sahel]] had been killed and that it had captured
[[seven|kidnapped;a=The group;alt=Islamic State Sahel]]. The government gave no toll but said
[[dozens of terrorists|killed;a=The government]] had been neutralised in a counter-attack.
Residents said [[hundreds of families|displaced;a=Residents]] had fled Mansila for Sebba, the
provincial capital, and that [[dozens of shops|housing;a=Residents]] had been torched. Sebba
already hosts [[about 30,000 displaced people|displaced]].
""",
)

item(
    "Burkina junta sends critics to the front under mobilisation decree",
    """
Burkina Faso's authorities have used a general mobilisation decree adopted in {{April 2023}} to
send [[at least a dozen critics|combatants;a=Human Rights Watch]] to the front, among them
journalists, magistrates and civil society activists, Human Rights Watch said. The group said it
had documented the arrest or abduction by security forces of [[at least 22 people|arrested;a=The
group;alt=Human Rights Watch]] since {{2023}}, [[eight|missing;a=The group;alt=Human Rights
Watch]] of whom remain missing. Reporters Without Borders said [[three
journalists|arrested;a=Reporters Without Borders]] from private broadcasters had been detained in {{March 2024}}. The
decree allows the state to requisition anyone over {{18}}, and the government says [[about
40,000 reservists|combatants;a=the government]] have been called up. A court in Ouagadougou
ordered the release of [[six activists|arrested]] in December, but the orders were ignored. Lawyers say [[no more than five|arrested;a=Lawyers]] of those held have been brought before a judge.
""",
)

item(
    "Government says displaced are going home in Burkina; aid groups doubt it",
    """
Burkina Faso's government said on {{October 15, 2024}} that [[more than 100,000 displaced
people|returned;a=Burkina Faso's government]] had gone back to their villages since the start of
the year under a return plan backed by the army. The government said it had handed out [[about 4,000 return kits|aid;a=The government]] of seeds and tools. In Centre-Nord, the regional governor said
[[1,250 households|returned;a=the regional governor]] had returned to [[42 villages|other;a=the
regional governor]] in Bam and Sanmatenga provinces. The education ministry said [[more than 300
schools|other;a=The education ministry]] had reopened in areas retaken by the army. Aid agencies
have questioned the figures. The Norwegian Refugee Council (NRC) said it could confirm returns to
only a handful of villages and that [[about 2 million people|displaced;a=The Norwegian Refugee
Council]] remained displaced across the country. Residents of Bourzanga told AFP that [[nine
people|killed;a=Residents of Bourzanga]] who had come back had since been killed.
""",
)

item(
    "Kaya's displacement sites stretched as new arrivals pour in",
    """
Kaya, the capital of Burkina Faso's Centre-Nord region, now hosts [[about 140,000 displaced
people|displaced;a=OCHA]] in [[14 formal sites|capacity;a=OCHA]] and with host families,
according to OCHA. The largest site, built for [[5,000 people|capacity]], now houses [[more
than 11,000|displaced]]. The International Organization for Migration said it had put up [[800
emergency shelters|capacity;a=The International Organization for Migration]] in {{2024}} and
planned to build [[1,500 more|capacity;p;u=structure;n=-;a=The International Organization for
Migration]]. UNICEF and its partners built [[320 latrines|aid]] last year, but the camp committee
said [[about 2,000 families|displaced;a=the camp committee]] still had no access to one. Another
[[3,400 people|displaced]] arrived from Namissiguima in May after an attack on the town's
market.
""",
)

item(
    "JNIM overruns army camp in Djibo and empties its prison",
    """
JNIM fighters attacked Djibo from several directions at dawn on {{May 11, 2025}}, overrunning the
army's camp and holding parts of the town for hours. A security source told AFP [[about 200
people|killed;a=A security source]], most of them soldiers and VDP, were killed. The group said
it had killed [[more than 100 soldiers|killed;a=The group;alt=JNIM]] and seized [[38
vehicles|other;a=The group;alt=JNIM]]. Residents said the attackers broke open the town's prison
and that [[about 80 inmates|other;a=Residents]] escaped. [[Dozens of wounded|injured]] were
flown out to Ouagadougou by helicopter. The government, which had said in {{2023}} that it
controlled {{65%}} of the national territory, did not comment on the toll. JNIM also said it had taken [[as many as 30 VDP|kidnapped;a=JNIM]] prisoner. The town, under
blockade since {{2022}}, shelters [[up to 300,000 displaced people|displaced]].
""",
)

item(
    "Survivors of Seytenga massacre reach Dori",
    """
Gunmen killed [[86 people|killed;a=the government]] in Seytenga, in Burkina Faso's Séno province
near the Niger border, on the night of {{June 11 to 12, 2022}}, the government said, after first
putting the toll at [[79|killed;a=the government]]. UNHCR said [[more than 16,000
people|displaced;a=UNHCR]] had fled to Dori, the regional capital, {{40 km}} to the south, in
the days after the attack. The agency said it had set up [[two reception sites|capacity;a=The
agency;alt=UNHCR]] in Dori and handed out [[1,200 shelter kits|aid;a=The agency;alt=UNHCR]].
Survivors said the attackers had singled out men, and that [[several dozen|missing;a=Survivors]]
were still unaccounted for. "They came on motorbikes at {{10 pm}} and shot anyone they found,"
said Hamidou, {{47}}, who lost his brother.
""",
)

item(
    "Burkina extends Traoré's transition by five years",
    """
Burkina Faso's military rulers extended the transition by {{60 months}} from {{July 2, 2024}},
under a charter adopted at national consultations in Ouagadougou on {{May 25, 2024}}. Captain
Ibrahim Traoré, who is {{36}}, will be allowed to stand in the presidential election meant to
end the transition in {{2029}}. The original timetable, agreed with ECOWAS in {{2022}}, had
promised a vote by {{July 2024}}. Defence and security spending rose by {{38%}} in the {{2024}}
budget to {{CFA 880 billion}}, about a quarter of the total. Political parties, suspended since
{{September 2022}}, were dissolved by decree in {{January 2025}}.
""",
)

item(
    "Burkina Faso takes over gold mines as prices soar",
    """
Burkina Faso's state mining company SOPAMIB took over the Boungou and Wahgnion mines in {{August
2024}}, paying their owner Lilium Mining {{$80 million}}. Gold made up about {{80%}} of the
country's exports in {{2023}}, worth {{CFA 4,300 billion}}. A mining code passed in {{July
2024}} raised the state's free stake in new projects to {{15%}} and lets it buy up to {{35%}}
more. Gold prices passed {{$3,000}} an ounce in {{March 2025}}, swelling the junta's revenues.
Many artisanal sites, however, lie in areas under jihadist control and pay them taxes.
""",
)
