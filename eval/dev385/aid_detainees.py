"""Items: aid convoys and evacuations, bodies handed back, and the detainees of 2025 on the coast
and in Suwayda."""

from _wrap import item

item(
    "First UN convoy reaches Suwayda city",
    """A joint convoy of the United Nations and the Syrian Arab Red Crescent reached Suwayda city
    on {{July 20}}, the first since the fighting began, OCHA said. It carried [[32 trucks|aid]]
    of food, flour, medicine, fuel and body bags. OCHA said the supplies would cover [[about 20,000
    people|aid;a=OCHA]] for a month. The Red Crescent said [[eight of the trucks|aid;n=trucks;a=The
    Red Crescent;alt=Syrian Arab Red Crescent]] carried fuel for the city's hospitals and water
    pumps. A {{second}} convoy of [[up to 40 trucks|aid;p;a=OCHA]] was expected within days, OCHA
    said. Government officials said they had also sent [[15 trucks|aid;a=Government officials]] of
    their own, but that local armed groups had turned them back. [[More than 150,000
    people|civilians;a=the UN]] in the city were without reliable water, the UN said, and [[about 38,000|displaced;a=the UN]] were sheltering in schools and public buildings.""",
)

item(
    "ICRC evacuates wounded and hands over bodies in Suwayda",
    """The International Committee of the Red Cross said on {{July 22}} it had evacuated [[23
    seriously wounded patients|injured;n=patients;a=International Committee of the Red Cross]] from
    Suwayda to hospitals in Damascus and Daraa. Its teams also handed over [[the bodies of 35 people|killed;n=people;a=the organisation;alt=International Committee of the Red Cross]] to their families at a crossing point near Busra al-Harir,
    the organisation said. A spokeswoman said [[another 57 bodies|killed;a=A spokeswoman]] were
    still waiting to be identified in the city's hospital. The ICRC said it had brought in [[1,000
    body bags|aid;u=other;a=The ICRC]] and [[six tonnes|aid;a=The ICRC]] of medical supplies. It
    said [[12 ambulances|other;a=The ICRC]] of the Red Crescent took part in the operation. [[Four
    Red Crescent volunteers|killed;n=volunteers]] have been killed in the province since {{July
    13}}.""",
)

item(
    "Interior ministry releases detainees held after coastal unrest",
    """Syria's interior ministry said on {{April 10}} that it had released [[about 250
    detainees|arrested;a=interior ministry]] held since the March violence on the coast after
    finding no evidence against them. A ministry official said [[more than 800 people|arrested;a=A
    ministry official]] had been detained in Latakia, Tartus and Hama since {{March 6}}, and that
    [[470|arrested;a=A ministry official]] were still held. Families in Jableh said [[dozens of
    young men|missing;a=Families in Jableh]] taken by armed factions had not been handed over to the
    ministry and their whereabouts were unknown. The Syrian Network for Human Rights said it had
    recorded [[at least 395 arbitrary arrests|arrested;u=person;a=Syrian Network for Human Rights]]
    in the coastal region in March alone. [[Three detainees|killed;a=the network;alt=Syrian Network
    for Human Rights]] died in custody, the network said.""",
)

item(
    "Druze factions free captured soldiers",
    """Druze armed groups in Suwayda freed [[31 government soldiers|kidnapped;a=the National
    Guard]] they had held since the July fighting, the National Guard said in a statement on {{August
    28}}. The soldiers were handed to the ICRC at a checkpoint north of the city. In return, the
    government released [[43 people from Suwayda|arrested;n=people;a=the government]] it had
    detained, the government said. A Druze spokesman said [[around 100 Suwayda residents|kidnapped;a=A
    Druze spokesman]] were still held by Bedouin tribes and [[as many as 60|arrested;a=A Druze
    spokesman]] in government prisons. He said [[nine of the freed soldiers|injured;n=soldiers;a=A Druze
    spokesman]] had been wounded in the fighting. Under the deal, the bodies of
    [[12 fighters|killed;a=officials]] held in morgues in Suwayda and Daraa were also returned,
    officials said. [[Some 2,000 families|displaced]] from villages near the front line are still
    waiting to go home.""",
)

item(
    "Rights network: arrests continue on the coast",
    """The Syrian Network for Human Rights recorded [[at least 190 arbitrary
    arrests|arrested;u=person;a=Syrian Network for Human Rights]] in Syria in May, [[73 of
    them|arrested;n=-;a=Syrian Network for Human Rights]] in Latakia and Tartus, it said in its
    monthly report. The group said [[112 detainees|arrested;a=The group;alt=Syrian Network for
    Human Rights]] had been released during the month, while [[five people|killed;a=The group;alt=Syrian
    Network for Human Rights]] died under torture. Most of [[the roughly 2,000 people|arrested;a=the group;alt=Syrian Network for Human Rights]] it
    believes are still held on the coast are young Alawite men accused of links to the former
    army, the group said. It counted [[at least 38|missing;a=Syrian Network for Human Rights]]
    whose arrest had turned into enforced disappearance. The interior ministry rejects the term
    "arbitrary" and says all arrests follow warrants. A lawyer in Latakia said she was trying to
    trace [[17 men|missing;a=A lawyer in Latakia]] whose families had heard nothing since their
    arrest.""",
)

item(
    "Bodies of Bedouin victims returned to Daraa for burial",
    """The bodies of [[48 Bedouin men, women and children|killed;n=men, women and children;a=the
    governor of Daraa]] killed in Suwayda were handed over to their tribes in Daraa on {{August
    2}}, the governor of Daraa said. The ICRC and the Red Crescent carried them in [[11 refrigerated trucks|other]] through the Busra al-Harir crossing. Tribal
    elders said [[at least 19 of the dead|killed;n=dead;a=Tribal elders]] were from a single clan
    in al-Maqwas, a Bedouin quarter of Suwayda city. They said [[more than 60 people|missing;a=Tribal elders]]
    from the quarter were unaccounted for, and that [[some 2,400 Bedouin|displaced;a=Tribal elders]] had left
    the city and its outskirts. [[About 350 houses|housing;a=the elders]] in al-Maqwas were
    burned, the elders said. Thousands of mourners attended the funerals in Izraa.""",
)

item(
    "Aid trucks enter Suwayda through the Busra al-Harir corridor",
    """[[Nineteen trucks|aid;a=the Syrian Arab Red Crescent]] carrying flour, fuel and medicine
    entered Suwayda on Sunday through the corridor from Busra al-Harir, the Syrian Arab Red
    Crescent said. The Red Crescent said it had sent [[more than 280 trucks|aid;a=The Red
    Crescent;alt=Syrian Arab Red Crescent]] into the province since late July, carrying [[about
    4,000 tonnes|aid;a=The Red Crescent;alt=Syrian Arab Red Crescent]] of supplies. The World Food
    Programme said its share had fed [[up to 100,000 people|aid;a=The World Food Programme]] a
    month. Local officials in Suwayda say the province needs [[at least 50 trucks a
    day|aid;p;n=trucks;a=Local officials in Suwayda]]. The corridor was closed for {{three days}}
    last week after gunmen fired on a convoy, wounding [[two drivers|injured]]. The government said
    it had assigned [[300 police|combatants;a=The government]] to guard the road.""",
)

item(
    "Students and workers evacuated from Damascus to Suwayda",
    """The government organised buses on {{July 23}} to take [[about 1,100 Druze
    students|displaced;a=the higher education ministry]] from university dormitories in Damascus
    and Homs to Suwayda, the higher education ministry said. Many had stayed in their rooms for a
    week after [[two students|injured]] were beaten in a dormitory brawl. The
    ministry said [[22 buses|other;a=The ministry]] made the trip under police escort. A
    {{second}} group of [[around 400 workers|displaced;a=officials]] from Jaramana and Sahnaya left
    the next day, officials said. The Druze religious leadership said [[at least 30 families|displaced;a=The
    Druze religious leadership]] from the Damascus suburbs had asked to be moved. [[Five students|arrested;a=students]] had been arrested on the road in July and released after a day,
    students said.""",
)

item(
    "Suwayda: families of the missing wait for news",
    """In a hall in Suwayda city, families of the missing fill in forms for the ICRC. The
    committee that runs the hall says it has recorded [[712 missing people|missing;a=The committee]]
    since the July fighting, [[about 90 of them|missing;n=-;a=The committee]] women. Of those, [[148|killed;a=The committee]]
    have since been confirmed dead, it says, and [[63|returned;a=The committee]] have come home. Umm
    Fadi, {{61}}, is looking for [[her three sons|missing;n=sons]], taken at a checkpoint on {{July
    15}}. "Every day we come, every day nothing," she said. The committee believes [[as many as 200|kidnapped;a=The
    committee]] are still held by tribes or by government forces. [[Some 40 DNA samples|other;u=other;a=The
    committee]] have been sent to Damascus for testing, it said.""",
)

item(
    "Flash appeal seeks help for Suwayda and the coast",
    """The United Nations launched a flash appeal on {{August 11}} for Syria's south and coast,
    saying [[2.3 million people|civilians;a=The United Nations]] in Suwayda, Daraa, Latakia and
    Tartus need help. OCHA said the plan aimed to reach [[850,000 people|aid;p;a=OCHA]] over {{six
    months}}. It said [[some 192,000 people|displaced;a=OCHA]] were still displaced in Suwayda and
    Daraa, and [[about 18,000|displaced;a=OCHA]] on the coast. The plan includes repairing [[2,600 homes|housing;p]] and rehabilitating [[41 schools|other;p]] used as shelters. [[At least 120 health workers|other;n=workers;a=WHO]] are needed in Suwayda's hospitals, the WHO said.""",
)

item(
    "Trial opens for suspects in coastal killings",
    """The trial of [[14 men|arrested;a=state media]] accused of killing civilians in Latakia province
    in March opened in Aleppo on {{November 18}}, state media said. Prosecutors said the defendants,
    [[seven|arrested;a=Prosecutors]] from armed factions and [[seven|arrested;a=Prosecutors]] from former regime networks, were
    charged over the deaths of [[at least 22 people|killed;a=Prosecutors]]. The judge said [[about
    40 witnesses|other;a=The judge]] would be heard. The justice ministry said [[265 people|arrested;a=The
    justice ministry]] had so far been referred to prosecutors over the March violence. Relatives of
    [[dozens of victims|killed]] gathered outside the courthouse. The session lasted {{two hours}}
    and was adjourned to {{December 18}}.""",
)

item(
    "Mass grave found near Tartus",
    """Civil defence teams exhumed [[the remains of 29 people|killed;n=people;a=Civil defence
    teams]] from a mass grave in the countryside near Tartus, they said on {{May 14}}. The remains
    included [[at least four children|killed;a=the team leader]], according to the team leader.
    The grave was found by a farmer in an orchard {{3 km}} from the village of Tanita. Local
    activists said [[11 of the dead|killed;n=dead;a=Local activists]] had been identified by
    relatives from their clothes. The interior ministry said it had arrested [[three
    suspects|arrested;a=The interior ministry]] and was looking for [[two more|arrested;p;n=-;a=The
    interior ministry]]. [[More than 70 people|missing]] from the area are still missing.""",
)

item(
    "Jordanian aid convoy crosses to southern Syria",
    """A Jordanian convoy of [[35 trucks|aid;a=the Jordan Hashemite Charity Organisation]] carrying
    food, medicine and hygiene kits crossed into Syria through the Jaber-Nassib crossing on {{July
    29}}, the Jordan Hashemite Charity Organisation said. It carried [[7,000 food parcels|aid;a=the
    Jordan Hashemite Charity Organisation]] and [[2,500 hygiene kits|aid;a=the Jordan Hashemite
    Charity Organisation]] for displaced families in Daraa and Suwayda. A Jordanian field hospital
    in Daraa has treated [[over 1,200 wounded|injured;a=the army]] since it opened, the army said.
    Jordan kept its border closed to refugees, and soldiers turned back [[about 300 people|returned;a=a
    security source]] who approached the frontier, a security source said. Jordan already hosts
    [[some 620,000 registered Syrian refugees|displaced]].""",
)

item(
    "Government evacuates wounded fighters and civilians by helicopter",
    """Military helicopters flew [[16 critically wounded people|injured;a=the defence ministry]] out of
    Suwayda to Damascus on {{July 18}}, the defence ministry said. The Syrian Arab Red Crescent evacuated
    [[another 45|injured;a=The Syrian Arab Red Crescent]] by road, it said. Residents said [[dozens
    of families|displaced;a=Residents]] tried to join the evacuations but were turned back. [[Three
    medics|kidnapped;a=the Red Crescent]] abducted near the city in July were released unharmed on
    Tuesday, the Red Crescent said. The Red Crescent said [[at least 20 of its
    volunteers|injured;n=volunteers;a=The Red Crescent]] had been wounded and [[two of its
    ambulances|other;n=ambulances;a=The Red Crescent]] burned.""",
)

item(
    "Interior ministry: hundreds held over Suwayda violations",
    """Syria's interior ministry said on {{August 20}} it had arrested [[more than 120 people|arrested;a=interior
    ministry]] over abuses in Suwayda in July, among them [[about 30 members|arrested;a=interior ministry]] of the security forces and the army. A ministry spokesman said [[15 fighters|arrested;a=A
    ministry spokesman]] seen in videos shaving the moustaches of elderly Druze men had been
    detained. The spokesman said investigators were examining [[over 300 videos|other;u=other;a=The
    spokesman]]. Druze factions say they hold [[at least 80 prisoners|kidnapped;a=Druze factions]]
    from the government side. A joint committee is supposed to swap detainees in groups of [[20 to
    30|other;n=-;p;a=the ministry]], the ministry said, but no swap has yet taken place.""",
)

item(
    "UN appeal for Syria's south: the money",
    """The UN's flash appeal for southern Syria and the coast asked for {{$187 million}} when it was
    launched on {{August 11}}. By October it was {{23%}} funded. The United States gave {{$20
    million}}, the EU {{€15 million}} and Saudi Arabia {{$10 million}}. OCHA said the gap meant
    programmes would be cut from {{November 1}}.""",
)

item(
    "Russia and Syria discuss the future of Hmeimim",
    """Russian and Syrian officials met in Moscow on {{October 15}} to discuss the future of the
    Hmeimim air base and the naval facility at Tartus, leased to Russia in {{2017}} for {{49
    years}}. Syria's interim president Ahmed al-Sharaa met Vladimir Putin for {{two hours}}. Syrian
    officials want Moscow to pay debts of about {{$1 billion}} and to hand over Bashar al-Assad,
    who fled to Russia on {{December 8}}, {{2024}}. A new deal is not expected before {{2026}}.""",
)
