"""El Geneina, Ardamata and the flight of the Masalit to eastern Chad, 2023-2026."""

from _wrap import item

item(
    "Darfur lawyers say more than 1,000 killed as RSF sweeps through El Geneina",
    """Fighters of the Rapid Support Forces and allied Arab militias have killed
    [[at least 1,100 people|killed;a=Darfur Bar Association]] in El Geneina since fighting
    reached the West Darfur capital in late April, the Darfur Bar Association said on
    {{June 12, 2023}}. The group said [[more than 2,400 people|injured;a=The group;alt=Darfur Bar
    Association]] had been wounded and that most of the victims were Masalit. Residents said
    gunmen had burned the Jamarik displacement camp and looted the main market, and that
    [[dozens of bodies|killed;a=Residents]] lay uncollected in the streets of the Al-Jabal
    district. "We cannot bury them because the snipers shoot at anyone who goes out," said a
    teacher who asked not to be named. The city, home to [[an estimated 540,000
    people|civilians]] before the war, has been cut off from telephone networks for weeks. The
    bar association said it had a list of [[around 120 people|missing;a=The bar
    association;alt=Darfur Bar Association]] whose families could not find them. It said
    [[37 men|arrested;a=Darfur Bar Association]] were being held at an RSF base in Ardamata,
    on the city's eastern edge.""",
)

item(
    "West Darfur governor killed hours after accusing RSF of genocide",
    """Khamis Abakar, the governor of West Darfur, was killed in El Geneina on
    {{June 14, 2023}}, hours after he told a Saudi television channel that the RSF was
    committing genocide against the Masalit. Video posted online showed the
    {{63-year-old}} in the custody of RSF fighters shortly before his death. In the
    interview he said [[some 1,500 people|killed;a=Khamis Abakar]] had died in the city and
    that [[tens of thousands|displaced;a=Khamis Abakar]] had been driven from their homes.
    Witnesses said [[thousands of people|displaced;a=Witnesses]] tried to walk out of the city
    the next day towards the Chadian border, about {{27 kilometres}} to the west, and that
    gunmen fired on them at checkpoints on the road to Adré. The UN human rights office said it
    had verified the killing of [[at least 40 people|killed;a=UN human rights office]] in
    Misterei, a village south of the city, on {{May 28}}. [[Several hundred Masalit
    men|combatants;a=local activists]] had taken up arms to defend their neighbourhoods,
    according to local activists. The RSF denied involvement in the governor's death and
    blamed "outlaws".""",
)

item(
    "Refugees describe killings on the road from El Geneina to Adré",
    """The Masalit who reached Adré in eastern Chad this week said they had walked past RSF
    checkpoints where men and boys were pulled aside and shot. UNHCR said [[more than 12,000
    refugees|displaced;a=UNHCR]] had crossed into Chad in the {{two days}} to
    {{June 17}} alone. MSF said its team at Adré hospital had treated [[858 wounded
    people|injured;a=MSF]] in {{three days}}, most with gunshot wounds, and that [[eleven of the
    patients|killed;a=MSF]] had died. Yahya Adam, a {{33-year-old}} farmer from the Al-Madaris
    district, said [[14 members|killed;a=Yahya Adam;n=members]] of his family had been killed
    as they fled. "They asked us whether we were Masalit, and then they started shooting," he
    said. Aid workers said [[roughly 200 unaccompanied children|displaced;a=Aid workers]] had
    been registered at the border post. The UN expects [[up to 100,000 more
    refugees|displaced;p;a=The UN]] to arrive before the rainy season cuts the roads in
    July.""",
)

item(
    "UN experts put El Geneina death toll at 10,000 to 15,000",
    """[[Between 10,000 and 15,000 people|killed;a=UN panel of experts on Sudan]] were killed
    in El Geneina in {{2023}}, according to the UN panel of experts on Sudan, whose
    confidential report was seen by Reuters. The panel said the RSF and allied Arab militias
    attacked the city in waves between April and November, and that [[as many as 60 mass
    graves|other;a=The panel;alt=UN panel of experts on Sudan;u=other]] had been reported.
    It said [[more than 550,000 people|displaced;a=UN panel of experts on Sudan]] from West
    Darfur had fled to Chad. According to the experts, the RSF brought [[about 3,000
    fighters|combatants;a=the experts;alt=UN panel of experts on Sudan]] into West Darfur
    before the final assault on Ardamata. The report also documented [[at least 18 cargo
    flights|other;a=The report;alt=UN panel of experts on Sudan]] that landed at Amdjarass
    in Chad and were suspected of carrying weapons. West Darfur had [[about 1.9 million
    people|civilians]] before the war. The RSF has denied targeting civilians and says the
    violence was tribal.""",
)

item(
    "UNHCR says more than 800 killed in Ardamata attack",
    """[[More than 800 people|killed;a=UNHCR]] were killed when RSF fighters and allied militias
    overran Ardamata, on the eastern edge of El Geneina, in early November, UNHCR said on
    {{November 10, 2023}}. The attack followed the fall of the army's {{15th Infantry Division}}
    base in the district on {{November 4}}. Survivors told the agency that [[about 100
    shelters|housing;a=Survivors]] in the Ardamata displacement camp had been razed. The
    European Union said [[some 8,000 people|displaced;a=European Union]] had fled to Chad within
    a week. The Darfur Network for Human Rights said it had the names of [[around 600 men and
    boys|kidnapped;a=Darfur Network for Human Rights;n=men and boys]] who were abducted from
    their homes and had not been seen since. Medics in Adré said they had received [[63
    people|injured;a=Medics]] with gunshot and knife wounds. [[At least 19 soldiers|killed]]
    who had surrendered were among the dead.""",
)

item(
    "Chad's Adré strains under new arrivals from West Darfur",
    """The border town of Adré, which had [[about 40,000 residents|civilians;a=UNHCR]] before
    {{April 2023}}, now hosts [[more than 200,000 Sudanese refugees|displaced;a=UNHCR]], most of
    them Masalit from El Geneina, according to UNHCR. The agency said it had relocated
    [[62,000 people|displaced;a=The agency;alt=UNHCR]] to new camps further inside Chad, at
    Farchana, Ourang and Metche. It plans to move [[a further 45,000|displaced;p;a=UNHCR]]
    before the rains begin. Ourang camp, opened in {{2023}}, was built for [[50,000
    people|capacity;a=camp managers]] but holds [[almost 58,000|displaced;a=camp managers]],
    camp managers said. WFP said it had [[just 1,200 tonnes|aid;a=WFP]] of food in stock in the
    east, enough for less than {{a month}}. [[Hundreds of families|displaced]] sleep under trees
    near the market.""",
)

item(
    "ICC prosecutor tells Security Council he has grounds to believe crimes committed in West Darfur",
    """Karim Khan, the prosecutor of the International Criminal Court, told the UN Security
    Council on {{January 29, 2024}} that his office had grounds to believe that both sides
    were committing crimes in Darfur. The court's jurisdiction over Darfur rests on
    {{Resolution 1593}}, adopted in {{2005}}. Khan said his investigators had collected
    evidence in Chad, including video, audio and satellite imagery, and that the attacks in
    El Geneina in {{2023}} were a priority. He asked for more resources, saying his Darfur
    team had received only {{€2.3 million}} in {{2023}}, about {{40%}} of what it needed. The
    briefing was his {{38th}} on Darfur, and came {{20 years}} after the killings that led to
    the first referral. He spoke for about {{25 minutes}}, starting shortly after
    {{10am}} New York time.""",
)

item(
    "Two years on, El Geneina's Masalit neighbourhoods stand largely empty",
    """Yale's Humanitarian Research Lab said satellite imagery showed [[more than 7,000
    structures|housing;a=Yale's Humanitarian Research Lab]] had been burned or razed in
    Masalit-majority districts of El Geneina between {{April and November 2023}}. In the
    Al-Jamarik neighbourhood, [[fewer than 300 families|returned;a=the neighbourhood
    committee]] have returned, the neighbourhood committee said. Local authorities say [[some
    25,000 people|returned;a=Local authorities]] have come back from Chad since
    {{January 2025}}, a figure UNHCR has not confirmed. The UN refugee agency counts [[about
    870,000 Sudanese refugees|displaced;a=The UN refugee agency;alt=UNHCR]] in Chad, more than
    at any time since the war began. Graves in the Al-Madaris and Jamarik districts hold [[an
    estimated 2,000 bodies|killed;a=Darfur Network for Human Rights]], according to the
    Darfur Network for Human Rights. [[Three health centres|other;a=Sudan Doctors
    Network]] are open in the city, the Sudan Doctors Network said.""",
)

item(
    "Sudanese rights group says RSF detaining Masalit men at checkpoints",
    """Emergency Lawyers, a Sudanese rights group, said on Tuesday that the RSF had detained
    [[at least 43 men|arrested;a=Emergency Lawyers]] at checkpoints on the roads out of El
    Geneina over the past {{two weeks}}. [[Nine|killed;a=the group;alt=Emergency Lawyers]] of
    them were later found dead, the group said. Fighters are still holding [[a dozen
    men|kidnapped;a=their families]] for ransom, their families said, demanding up to
    {{4 million Sudanese pounds}}, about {{$6,600}}, for each. The group says it has documented
    the detention of [[more than 300 people|arrested;a=The group;alt=Emergency Lawyers]] in West
    Darfur since {{June 2023}}. Hawa Ishaq, {{19}}, said she had been held with [[eight other
    women and girls|kidnapped;a=Hawa Ishaq;n=women and girls]] at a farm outside the city
    until her uncle paid. In the same fortnight, UNHCR registered [[roughly 1,700 new
    arrivals|displaced;a=UNHCR]] at Adré.""",
)

item(
    "MSF warns of child deaths among Sudanese arrivals in Chad",
    """MSF teams at the Adré transit site found [[1,460 children|civilians;a=MSF teams]]
    {{under five}} with acute malnutrition in March, {{31%}} of those screened. [[About
    390|aid;a=the charity;alt=MSF]] of them were admitted to the inpatient feeding centre, the
    charity said. The organisation said [[27 children|killed;a=The organisation;alt=MSF]] had
    died at the centre since January. WFP, which feeds [[about 1.2 million people|aid;a=WFP]]
    in eastern Chad, warned it would have to cut rations for [[380,000
    refugees|aid;p;a=WFP]] from April unless new funds arrived. Chad's government says it hosts
    [[more than 1.3 million refugees|displaced;a=Chad's government]], the largest number in its
    history. Most of the new arrivals walked for {{three days}} or more.""",
)

item(
    "Families of El Geneina's missing search lists and graves",
    """The Darfur Bar Association says it has recorded [[1,354 people|missing;a=Darfur Bar
    Association]] from El Geneina and Ardamata whose fate is unknown, most of them men
    {{aged 18 to 40}}. The International Committee of the Red Cross said it had [[about 4,000
    tracing requests|other;a=International Committee of the Red Cross;u=other]] open for Sudan
    and that it had reunited [[212 children|other;a=International Committee of the Red
    Cross]] with their families since {{2023}}. Khadija Abdallah said her husband and [[three
    sons|missing;a=Khadija Abdallah]] had been missing since they left for the border on
    {{June 15, 2023}}. At a cemetery in Adré, volunteers have buried [[more than 90
    people|killed]] who died of their wounds after crossing. A local committee said [[17
    bodies|killed;a=A local committee]] had been pulled from wells in the Al-Madaris district
    in {{February 2024}}. "Every week someone comes with a new name," said a volunteer.""",
)

item(
    "Chad reinforces eastern border as RSF vehicles seen near Kulbus",
    """Chad has deployed [[about 1,000 soldiers|combatants;a=a military source]] to its eastern
    provinces of Sila and Ouaddaï, a military source told AFP. Witnesses said [[dozens of RSF
    pickup trucks|other;a=Witnesses]] mounted with machine guns had been seen near Kulbus, on
    the Sudanese side. Masalit self-defence groups have [[no more than 2,000 men|combatants;a=a
    commander]] under arms, a commander told AFP, against an RSF force in West Darfur that he
    put at [[about 10,000|combatants;a=a commander]]. Chadian police said they had arrested
    [[14 men|arrested;a=Chadian police]] in Adré on suspicion of trafficking weapons to the
    RSF. The RSF says it has [[100,000 fighters|combatants;a=The RSF]] across Sudan. [[Some
    3,000 recruits|combatants;a=UN panel of experts]] from Chadian and Nigerien Arab clans have
    joined its ranks since {{2023}}, according to the UN panel of experts.""",
)

item(
    "First aid trucks cross from Adré into West Darfur as crossing reopens",
    """The first [[15 trucks|aid;a=WFP]] carrying sorghum, lentils and oil crossed from Adré into
    West Darfur on {{August 21, 2024}}, a day after Sudan's army-backed government agreed to
    reopen the crossing for {{three months}}, WFP said. The trucks carried [[about 1,300
    tonnes|aid]] of food, enough for [[130,000 people|aid;p]] for a month. OCHA said [[another
    70 trucks|aid;a=OCHA]] were waiting at the border and that it hoped to move [[up to 500
    trucks a month|aid;p;a=OCHA]] through the crossing. The UN says [[more than 750,000
    people|civilians;a=The UN]] in West and Central Darfur face emergency levels of hunger,
    {{IPC Phase 4}}. Before the closure in February, [[fewer than 40 trucks a
    week|aid]] had been getting through at Tine, about {{300 km}} to the north.""",
)

item(
    "El Geneina's hospital reopens with MSF support after looting",
    """El Geneina Teaching Hospital, looted and partly burned in {{June 2023}}, reopened on
    Monday with [[120 beds|capacity;a=MSF]], MSF said. The charity said its staff had treated
    [[some 2,300 patients|aid;a=The charity;alt=MSF]] in the first fortnight, many of them
    children with malaria and diarrhoea. Before the war the hospital employed [[about 300
    staff|other]]. The Sudan Doctors Network said [[at least 11 health
    workers|killed;a=Sudan Doctors Network]] were killed in West Darfur in {{2023}} and that
    [[26 health facilities|housing;a=Sudan Doctors Network]] in the state had been looted or
    damaged. The World Health Organization has verified [[119 attacks|other;a=World Health
    Organization;u=other]] on health care across Sudan since {{April 2023}}. "The building is
    standing, but there is nothing inside it," said the hospital's director.""",
)

item(
    "Returnees trickle back to El Geneina from Chad's camps",
    """IOM's Displacement Tracking Matrix (DTM) said [[about 165,000 people|returned;a=IOM's
    Displacement Tracking Matrix (DTM)]] had returned to West Darfur by {{October 2025}}, of
    whom [[roughly 70,000|returned;a=IOM's Displacement Tracking Matrix (DTM)]] came back from
    Chad. UNHCR, which does not promote returns to Darfur, said [[more than 1,100 refugees a
    week|returned;a=UNHCR]] were crossing back through Adré in September. Many found their
    homes occupied or in ruins; a committee in Al-Jamarik said [[430 houses|housing;a=a
    committee in Al-Jamarik]] had been rebuilt with mud bricks and plastic sheeting. UNMAS said
    it had cleared [[37 unexploded items|other;a=UNMAS]] from the district's streets and
    schools. [[Around 2,600 families|displaced;a=local leaders]] who went back to Misterei have
    fled again after RSF raids, local leaders said. Hassan Abdelrahman, a returnee, said
    [[only four families|returned;a=Hassan Abdelrahman]] on his street had come back.""",
)

item(
    "Nine women abducted on El Geneina-Adré road, Masalit community says",
    """Armed men abducted [[nine women|kidnapped;a=Masalit community in Chad]] from a lorry on
    the road between El Geneina and Adré on Thursday, according to the Masalit community in
    Chad. The driver and [[three male passengers|killed;a=Masalit community in Chad]] were shot
    dead, it said. The Darfur Bar Association said [[at least 61 women and
    girls|kidnapped;a=Darfur Bar Association;n=women and girls]] had been abducted in West
    Darfur since January, and that [[only 14|kidnapped;a=Darfur Bar Association]] had been
    freed, most after their families paid ransoms of between {{$2,000 and $5,000}}. Traders said
    [[fewer than 20 lorries a day|other;a=Traders]] now use the route. UNHCR said
    [[1,900 people|displaced;a=UNHCR]] crossed into Chad at Adré in the same week.""",
)

item(
    "Sorghum prices climb in Adré as the rains close the wadis",
    """The price of a {{90-kilogram}} sack of sorghum in Adré's main market rose {{45%}} in
    {{July 2024}}, traders said, as the rains cut the roads to the border. The wadi that marks
    the frontier was running {{2 metres}} deep on {{August 3}}, and lorries of {{10 tonnes}}
    and more could not cross. A day labourer earns about {{1,500 CFA francs}}, or
    {{$2.50}}, for {{eight hours}} of work. Chad's meteorology service recorded
    {{142 mm}} of rain in Adré in the {{first week}} of August, the most since {{2020}}. Prices
    usually fall by {{20% to 30%}} after the harvest in October.""",
)
