"""dev204 items: Ukraine, Myanmar, Afghanistan and Pakistan."""

from _wrap import item

item(
    "WHO has verified more than 2,000 attacks on Ukraine's health care",
    """
    The World Health Organization said on Tuesday it had verified
    [[2,254 attacks|other;a=The World Health Organization;u=other]] on health care in Ukraine
    since the full-scale invasion of {{24 February 2022}}, more than in any other emergency it
    has tracked. The attacks killed
    [[211 people|killed;a=the agency;alt=The World Health Organization]], among them
    [[82 health workers|killed;a=the agency;alt=The World Health Organization]], and injured
    [[about 700|injured;a=the agency;alt=The World Health Organization;n=-]], the agency said.
    [[More than 1,900 health facilities|housing;a=the health ministry]] have been damaged and
    [[about 200|housing;a=the health ministry;u=structure;n=-]] destroyed outright, according to
    the health ministry in Kyiv. The ministry said
    [[126 ambulances|other;a=The ministry;alt=the health ministry]] had been destroyed by shelling
    or seized in occupied areas. Before winter the WHO plans to deliver
    [[about 100 generators|aid;a=the WHO;p]] to hospitals near the front line.
    """,
)

item(
    "Missile strike hits Kyiv's main children's hospital",
    """
    A Russian missile hit Okhmatdyt, Ukraine's largest children's hospital, on Monday morning,
    killing [[two adults|killed;a=Kyiv officials]], among them a doctor, and injuring
    [[16 people|injured;a=Kyiv officials]], including
    [[seven children|injured;a=Kyiv officials]], Kyiv officials said. Staff moved
    [[627 children|displaced;a=the health ministry]] to other hospitals in the city by nightfall,
    the health ministry said. [[About 100 children|civilians]] too ill to be moved stayed in the
    wings left standing. [[Hundreds of volunteers|other]] queued to help clear rubble from the
    toxicology and surgery wards. The hospital takes the
    most complex cases from across the country. Ukraine's air force
    said [[38 missiles|other;a=Ukraine's air force]] were fired at Ukrainian cities that morning.
    """,
)

item(
    "Three ICRC staff killed as shelling hits aid site in Donetsk region",
    """
    The International Committee of the Red Cross said
    [[three of its staff|killed;a=The International Committee of the Red Cross]] were killed and
    [[two|injured;a=The International Committee of the Red Cross;n=-]] wounded when shelling hit
    an aid distribution site in the village of Viroliubivka on Thursday. The team had been about
    to hand out [[about 400 hygiene kits|aid;p]] and building materials to residents of the
    frontline villages. The ICRC said it was suspending distributions in the area. [[More than 30 relief vehicles|other;a=OCHA]] have been
    hit in Ukraine since {{2022}}, according to OCHA. The UN agency counted
    [[13 aid workers|killed;a=The UN agency;alt=OCHA]] killed in the country in {{2024}}, against
    [[11|killed;a=The UN agency;alt=OCHA;n=-]] the year before.
    """,
)

item(
    "Ukraine says dozens of medics remain in Russian captivity",
    """
    [[Twenty-one military medics|other;a=Ukraine's prisoner-of-war coordination headquarters]]
    were among [[the 150 Ukrainians|other;a=Ukraine's prisoner-of-war coordination headquarters]]
    brought home in Saturday's prisoner exchange, Ukraine's prisoner-of-war coordination
    headquarters said. It said
    [[at least 40 medics|arrested;a=Ukraine's prisoner-of-war coordination headquarters]] were
    still held in Russian prisons, some since the fall of Mariupol in {{May 2022}}. The health
    ministry lists [[15 medical workers|missing;a=The health ministry]] as missing in action.
    Russia's defence ministry said [[150 Russian servicemen|other;a=Russia's defence ministry]]
    had been returned under the deal, and Kyiv received [[909 bodies|killed]] in a separate
    handover. Human rights monitors say
    [[about 60 civilian doctors|arrested;a=Human rights monitors]] from occupied areas have been
    detained and accused of helping Ukraine's army.
    """,
)

item(
    "MSF medical train marks two years of evacuations from the east",
    """
    Médecins Sans Frontières said its medical evacuation train had carried
    [[more than 10,000 patients|displaced;a=Médecins Sans Frontières]] from hospitals near the
    front line in eastern Ukraine to cities in the west since {{April 2022}}. The converted train
    has space for [[up to 70 patients|capacity]] on each run, including an intensive care
    carriage. On its latest trip from Pokrovsk it carried
    [[52 patients|displaced;a=MSF]], among them
    [[12 bedridden elderly people|displaced;a=MSF]], MSF said. The train is staffed by
    [[about 20 medics|other]]. Only [[nine hospitals|other]] remain open in the government-held
    part of Donetsk region. The regional administration said
    [[about 2,000 people a day|displaced;a=The regional administration]] were leaving Pokrovsk,
    and that [[between 300 and 400 bedridden residents|civilians;a=The regional administration]]
    remained in the town.
    """,
)

item(
    "Myanmar junta hunts striking doctors",
    """
    Myanmar's military has arrested
    [[more than 600 health workers|arrested;a=Insecurity Insight and Physicians for Human Rights]]
    since the coup of {{1 February 2021}}, according to Insecurity Insight and Physicians for Human
    Rights. The groups also recorded
    [[about 80 health workers|killed;a=The groups;alt=Insecurity Insight;alt=Physicians for Human Rights]]
    killed and [[286 attacks|other;a=The groups;alt=Insecurity Insight;alt=Physicians for Human Rights;u=other]]
    on health care in the {{two years}} since the coup. State media have published arrest
    warrants for [[about 400 doctors|arrested;p]] who joined the civil disobedience movement.
    [[An estimated 1,500 doctors and nurses|displaced;n=doctors and nurses]] have fled to areas
    held by resistance groups, where they run clinics in forests and monasteries. The junta says
    [[more than 30,000 health staff|other;a=The junta]] are back at work in public hospitals.
    Soldiers raided a clinic in Sagaing this month and took away [[three nurses|arrested]].
    """,
)

item(
    "MSF halts work in northern Rakhine after offices burned",
    """
    Médecins Sans Frontières said it had suspended its medical work in northern Rakhine State
    after its office in Buthidaung was burned down along with
    [[four clinics|housing;a=Médecins Sans Frontières]] it supported. The group said
    [[about 140 staff|displaced;a=The group;alt=Médecins Sans Frontières]] had been relocated or
    had fled, and [[two|missing;a=The group;alt=Médecins Sans Frontières;n=-]] could not be
    reached. It said the clinics had handled
    [[about 4,000 consultations a month|other;a=Médecins Sans Frontières;u=other]]. The UN said
    [[five hospitals|housing;a=The UN]] in Rakhine had been hit by air strikes since
    {{November}}, and that [[about 600,000 Rohingya|civilians;a=The UN]] remained in the state.
    Some staff have since gone back: [[about 30|returned;n=-]] returned to Maungdaw last week. The
    Arakan Army, which took the town in {{May}}, denied attacking the clinics.
    """,
)

item(
    "US air strike destroys MSF trauma hospital in Kunduz",
    """
    A US air strike on the trauma hospital of Médecins Sans Frontières in Kunduz early on Saturday
    killed [[at least 22 people|killed;a=the charity;alt=Médecins Sans Frontières]], including
    [[12 staff members|killed;a=the charity;alt=Médecins Sans Frontières]] and
    [[10 patients|killed;a=the charity;alt=Médecins Sans Frontières]], the charity said.
    [[Thirty-seven people|injured;a=MSF]] were wounded, [[19 of them staff|injured;a=MSF]], MSF
    said. The hospital had [[92 beds|capacity;a=the charity;alt=Médecins Sans Frontières]], and
    [[105 patients|civilians;a=the charity;alt=Médecins Sans Frontières]] and their caretakers
    were inside when the bombing began at {{2.08am}}, the charity said.
    MSF said the bombing went on for
    {{more than 30 minutes}} after it had alerted US and Afghan officials. The US military later
    said [[16 service members|other;a=The US military;p]] would face disciplinary action.
    """,
)

item(
    "Gunmen kill polio workers in north-west Pakistan",
    """
    Gunmen on a motorcycle shot dead [[two polio workers|killed;a=police]] and
    [[one of their police guards|killed;a=police]] in Bajaur district on Thursday, police said.
    The attack came on the {{second}} day of a nationwide campaign. The government says
    [[more than 400,000 polio workers|other;a=The government]] are taking part, with the aim of
    reaching [[45 million children|aid;a=The government;p]] {{under five}}. Provincial officials
    said [[some 60,000 police|combatants;a=Provincial officials]] had been deployed to protect the
    teams. Since {{2012}}, [[more than 200 polio workers and police guards|killed;n=polio workers and police guards]]
    have been killed in Pakistan. Pakistan has recorded [[74 polio cases|other;a=Pakistan]] this
    year, the most since {{2020}}.
    """,
)

item(
    "Health teams struggle as Afghans pour back from Iran",
    """
    [[More than 1.5 million Afghans|returned;a=the International Organization for Migration]] have
    returned or been deported from Iran this year, according to the International Organization
    for Migration. At the Islam Qala crossing,
    [[as many as 30,000 people a day|returned]] crossed in {{July}}. The WHO said it had deployed
    [[12 mobile health teams|other;a=The WHO;u=other]] at the border, which had held
    [[about 80,000 consultations|other;a=The WHO;u=other]]. Among the deportees were
    [[dozens of former health workers|returned]]. Since the Taliban barred women from working for
    NGOs in {{December 2022}}, [[about 300 female staff|other;a=the UN]] of UN agencies have been
    told to stay at home, the UN said. Aid agencies say they need
    [[at least 4,000 more health workers|other;a=Aid agencies;p]] in the provinces that take in
    the returnees.
    """,
)

item(
    "Save the Children suspends Afghan work after Jalalabad attack",
    """
    Save the Children said on Thursday it was suspending its programmes in Afghanistan after an
    attack on its office in Jalalabad killed [[four staff members|killed;a=Save the Children]].
    The attack began with a car bomb at the gate, and
    [[at least four gunmen|combatants;a=provincial officials]] then stormed the compound,
    provincial officials said. Afghan special forces evacuated [[45 staff|displaced]] who had
    hidden in a safe room during the {{10-hour}} siege. [[Two of the attackers|killed]] were
    killed. The Islamic State group claimed the attack. The charity said its programmes reached
    [[about 700,000 children|aid;a=The charity;alt=Save the Children]] last year.
    [[More than 20 wounded|injured;a=the provincial health department]] were taken to hospital,
    the provincial health department said.
    """,
)

item(
    "In Myanmar's Karenni State, hospitals move into the forest",
    """
    After air strikes hit the hospitals in Loikaw and Demoso, health workers moved
    [[about 1,200 patients|displaced;a=the Karenni Health Department]] into the forest, the
    Karenni Health Department said. It now runs
    [[17 jungle clinics|other;a=the Karenni Health Department;u=structure]] staffed by
    [[eight to ten doctors|other;a=the Karenni Health Department]] and
    [[about 300 nurses and medics|other;a=the Karenni Health Department;n=nurses and medics]],
    it said. The clinics serve [[some 150,000 displaced people|displaced]] living in camps along
    the Salween. [[At least 12 health workers|killed;a=the department;alt=the Karenni Health Department]]
    have been killed in the state since {{2021}}, the department says. A field hospital with
    [[40 beds|capacity]] was bombed in {{January}}, killing [[three patients|killed]].
    """,
)

item(
    "Drone kills aid volunteers unloading food in Kherson region",
    """
    A Russian drone struck a van unloading food aid in a village east of Kherson on Tuesday,
    killing [[two volunteers|killed;a=the regional governor]] and wounding
    [[three|injured;a=the regional governor;n=-]], the regional governor said.
    [[About 40 residents|aid]] had gathered to collect [[200 food parcels|aid]] when the drone
    hit. The volunteers' group, Proliska, said it had lost [[nine members|killed;a=Proliska]] since
    {{2022}}. OCHA said it had recorded [[more than 90 incidents|other;a=OCHA;u=other]] affecting
    humanitarian workers in Kherson region this year.
    [[Some 60,000 people|civilians;a=the regional administration]] remain in the parts of the
    region within {{20 km}} of the front, according to the regional administration.
    """,
)

item(
    "Six ICRC staff killed in northern Afghanistan, two missing",
    """
    The International Committee of the Red Cross said
    [[six of its staff|killed;a=The International Committee of the Red Cross]] had been killed by
    gunmen in Jowzjan province on Wednesday and that
    [[two others|missing;a=The International Committee of the Red Cross]] were missing. The convoy
    of [[three vehicles|other]] was carrying veterinary supplies for
    [[about 400 families|aid]] hit by heavy snow. Provincial police said
    [[about 50 gunmen|combatants;a=Provincial police]] believed to be loyal to Islamic State had
    ambushed the convoy. The ICRC suspended its operations across Afghanistan, where it employs
    [[about 1,800 staff|other]]. It was the deadliest attack on the organisation in the country
    in {{20 years}}.
    """,
)

item(
    "Kharkiv hospitals brace for winter blackouts",
    """
    Hospitals in Kharkiv have enough diesel to run their generators for {{96 hours}} if the grid
    fails again, the regional health department said on Friday. Temperatures are forecast to fall
    to {{minus 15C}} next week. Surgeons have operated by headlamp several times since
    {{2022}}, and planned operations now end by {{5pm}} to save power. Bed occupancy in the
    trauma wards is about {{90%}}.
    """,
)

item(
    "Taliban ban on women in medical training condemned",
    """
    The Taliban's ban on women studying at medical institutes, announced in {{December 2024}},
    will leave Afghanistan without new midwives within {{a few years}}, aid agencies warned on
    Monday. Girls have been barred from school beyond the {{sixth grade}} since {{2021}}.
    Afghanistan already has one of the highest rates of maternal death in Asia, at {{620 deaths
    per 100,000 live births}}, according to UN data.
    """,
)
