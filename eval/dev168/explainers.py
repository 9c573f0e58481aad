"""Explainers, "what we know so far" pieces and key-facts boxes on wars, disasters and crises,
2014-2025 (14 texts with figures, 1 without)."""

from _wrap import item

item(
    "Myanmar earthquake: What we know so far",
    """A magnitude {{7.7}} earthquake struck central Myanmar at {{12:50}} local time on Friday
    {{28 March}}, with its epicentre near Mandalay, the country's {{second-largest}} city. The
    military government says [[at least 3,649 people|killed;a=The military government]] have
    been killed and [[more than 5,000|injured;a=The military government]] injured, while
    [[145|missing;a=The military government]] are still missing. In Mandalay alone,
    [[more than 1,000 buildings|housing]] collapsed or were badly damaged, among them the Sky
    Villa apartment complex, where rescuers spent days pulling [[dozens of bodies|killed]] from
    the rubble. [[About 700 Muslim worshippers|killed;a=a Muslim group]] died when mosques fell
    during Friday prayers, a Muslim group said. The tremor was felt in Bangkok, {{1,000 km}}
    away, where a {{30-storey}} tower under construction collapsed. The UN says
    [[more than 17 million people|civilians;a=The UN]] live in the worst-hit areas, in a country
    where [[3.5 million|displaced;a=The UN]] had already been driven from their homes by the
    civil war
    that followed the {{2021}} coup.""",
)

item(
    "Derna floods: What we know about the death toll",
    """Storm Daniel reached eastern Libya on {{10 September}}, and the rain it dumped burst two
    dams above the coastal city of Derna in the early hours of the following morning. How many
    people died is still disputed. The eastern-based health ministry puts the confirmed toll at
    [[3,958|killed;a=The eastern-based health ministry]], with
    [[more than 9,000 people|missing;a=The eastern-based health ministry]] still unaccounted for.
    The Libyan Red Crescent at one point gave a figure of
    [[11,300 dead|killed;a=The Libyan Red Crescent]], then said it had been misquoted. The WHO said
    [[more than 1,000 bodies|killed;a=The WHO]] had been buried in mass graves in the first
    days.
    Derna's mayor, Abdulmenam al-Ghaithi, said [[18,000 to 20,000 people|killed;a=Derna's mayor]]
    could have died, judging by the districts that were swept away. {{A quarter}} of the city
    was destroyed, according to his office. The International Organization for Migration says
    [[more than 43,000 people|displaced;a=The International Organization for Migration]] have
    fled the flood zone, [[about 30,000|displaced;a=The International Organization for Migration]]
    of them from Derna itself.""",
)

item(
    "Explainer: What we know about the fall of Goma",
    """{{M23}} rebels, backed by Rwanda according to UN experts, entered Goma, the largest city
    in eastern DR Congo, on {{27 January}} after a lightning advance. The UN says
    [[about 3,000 people|killed;a=The UN]] were killed in the fighting for the city and its
    outskirts, and the ICRC said hospitals had treated
    [[more than 2,800 wounded|injured;a=the ICRC]]. By mid-February, [[some 2,500
    bodies|killed;a=health officials]] had been buried,
    health officials said, while [[about 900|killed;a=health officials]] still lay in the city's
    morgues. [[More than 4,000 prisoners|other]] escaped from Munzenze prison as the rebels
    approached. Before the offensive, the camps around Goma held
    [[some 650,000 displaced people|displaced]]; the {{M23}} has since ordered them emptied.
    UNHCR says [[more than 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi since
    the fighting spread to South Kivu. Across the two Kivu provinces,
    [[about 4.6 million people|displaced]] are displaced, one of the largest such populations in
    the world.""",
)

item(
    "Factbox: The Rohingya crisis, key facts",
    """WHO: The Rohingya are a mostly Muslim minority from Myanmar's Rakhine state, denied
    citizenship under a {{1982}} law.

    EXODUS: [[More than 740,000 Rohingya|displaced;a=the United Nations]] fled to Bangladesh
    after a military crackdown that began in August {{2017}}, according to the United Nations.

    CAMPS: [[About 1 million refugees|displaced;a=UNHCR]] now live in [[33
    camps|capacity;a=UNHCR]] in Cox's
    Bazar district, and [[some 150,000 more|displaced;n=-;a=UNHCR]] have arrived since fighting
    flared again in Rakhine in {{2024}}, UNHCR says.

    KILLINGS: Medecins Sans Frontieres estimated that
    [[at least 6,700 Rohingya|killed;a=Medecins Sans Frontieres]] were killed in the first month
    of the crackdown, including [[730 children|killed;a=Medecins Sans Frontieres]] under the age
    of five.

    FIRES: A blaze in {{March 2023}} destroyed [[more than 2,000 shelters|housing]] and left
    [[12,000 people|displaced]] homeless.

    FOOD: The World Food Programme cut monthly rations to {{$8}} a person in {{2023}}, before
    restoring them to {{$12}}.""",
)

item(
    "Explainer: What the fall of El Fasher means",
    """El Fasher was the army's last stronghold in Darfur. The Rapid Support Forces overran it on
    {{October 26}} after besieging it for {{18 months}}. The UN's migration agency says
    [[more than 100,000 people|displaced;a=The UN's migration agency]] have fled since then,
    most of them on foot to Tawila, {{60 kilometers}} to the west. The Sudan Doctors Network said
    [[460 patients and companions|killed;a=The Sudan Doctors Network;n=patients and companions]]
    were shot dead at the Saudi Maternity Hospital. Before the siege, the city and the nearby
    Zamzam camp held [[more than 1 million people|civilians]].
    [[About 260,000|civilians;a=the UN]]
    were thought to remain in the city in late October, the UN said. The RSF says it has
    detained [[hundreds of fighters|arrested;a=The RSF]], and [[thousands|missing;a=aid groups]]
    are unaccounted for, aid groups say.""",
)

item(
    "What we know about the Barsalogho massacre",
    """On {{24 August 2024}}, fighters of the al-Qaeda-linked JNIM attacked civilians whom the
    army had ordered to dig defensive trenches around Barsalogho, in Burkina Faso's Centre-Nord
    region. The junta has never published a toll. JNIM said in a claim of responsibility that it
    had killed [[about 300 members|killed;a=JNIM]] of the army and its civilian auxiliaries. A
    collective of victims' relatives said [[about 400 people|killed;a=A collective of victims'
    relatives]] had died, while French security services, in an assessment seen by CNN, put the
    toll at [[up to 600|killed;a=French security services]]. The UN's human rights office said
    it had documented [[at least 133 deaths|killed;a=The UN's human rights office]] by name.
    [[About 140 wounded|injured]] were taken to hospitals in Kaya.
    Barsalogho had become a refuge for [[tens of thousands of people|displaced]] fleeing violence
    elsewhere in the region. Across Burkina Faso, [[more than 2 million people|displaced;a=the
    government]] were displaced by the end of {{2023}}, according to the government's last
    published count.""",
)

item(
    "Explainer: Why Nagorno-Karabakh emptied in a week",
    """Azerbaijan's one-day offensive on {{19 September}} ended {{three decades}} of ethnic
    Armenian rule in Nagorno-Karabakh. Within a week almost everyone had left. Armenia's
    government said [[100,617 people|displaced;a=Armenia's government]] had crossed into Armenia
    by {{2 October}}, out of a pre-war population of [[about 120,000|civilians;a=Armenia's
    government]].
    [[About 30,000|displaced;a=Armenian officials]] of them were children, Armenian officials
    said. An explosion at a fuel depot near Stepanakert, where people were queueing for petrol
    for the journey, killed [[more than 170 people|killed]] and left [[dozens|missing]]
    unaccounted for. For Armenia, a country of [[2.8 million|civilians]], the influx is an
    enormous strain. By December the government was paying housing allowances of
    {{50,000 drams}} a month to [[about 90,000 refugees|aid]].""",
)

item(
    "Pakistan floods: Key facts",
    """Monsoon rains from mid-June, in places {{three times}} the usual amount, left {{a third}}
    of Pakistan under water by late August.

    Dead: [[1,739 people|killed;a=the National Disaster Management Authority]], including
    [[647 children|killed;a=the National Disaster Management Authority]], according to the
    National Disaster Management Authority.

    Injured: [[12,867 people|injured]].

    Affected: [[33 million people|civilians;a=the government]], the government says, about
    {{one in seven}} Pakistanis.

    Homes: [[2.1 million houses|housing]] damaged or destroyed, along with {{13,000 km}} of
    roads.

    Livestock: [[more than 1.1 million animals|killed;u=other]] drowned or died of disease.

    Displaced: [[about 8 million people|displaced;a=the UN]], according to the UN, many of them
    living in tents along raised roads.

    Cost: The World Bank put damage and losses at {{$30 billion}}.""",
)

item(
    "Turkey-Syria earthquake: What we know one month on",
    """Two earthquakes, of magnitude {{7.8}} and {{7.5}}, struck southern Turkey and northern
    Syria on {{6 February}}, {{nine hours}} apart. Turkey's disaster agency AFAD says
    [[more than 45,000 people|killed;a=Turkey's disaster agency AFAD]] died in Turkey. In Syria,
    where the toll is split between government-held areas and the rebel-held north-west,
    [[about 6,000|killed]] have been confirmed dead. [[Some 160,000 buildings|housing;a=Turkish
    officials]] containing [[520,000 apartments|housing;a=Turkish officials]] collapsed or were
    so badly damaged that they must be demolished, Turkish officials say. The UN estimates that
    [[up to 1.5 million people|displaced;a=The UN]] in Turkey have been left homeless and that
    [[8.8 million people|civilians;a=The UN]] in Syria need help.
    [[More than 2 million people|displaced;a=the Turkish government]] have left the quake zone,
    the Turkish government says.""",
)

item(
    "Haiti's crisis, explained",
    """Haiti has had no elected officials in office since January {{2023}}, and gangs now
    control {{about 85%}} of Port-au-Prince. What does that mean for the people who live there?
    The UN's human rights office recorded [[5,601 people|killed;a=The UN's human rights office]]
    killed in gang violence in {{2024}}, along with [[2,212 injured|injured;a=The UN's human
    rights office]] and [[1,494 kidnapped|kidnapped;a=The UN's human rights office]]. The
    International Organization for Migration counts
    [[more than 1 million displaced people|displaced;a=The International Organization for
    Migration]], {{three times}} as many as a year earlier. A Kenyan-led security mission,
    authorised by the UN in {{2023}}, has [[about 1,000 officers|combatants]] on the ground, far
    short of [[the 2,500|combatants;p]] pledged. And
    [[some 5.5 million Haitians|civilians;a=the World Food Programme]], about half the
    population, face acute hunger, according to the World Food Programme.""",
)

item(
    "Explainer: Why Afghans are being pushed home",
    """Why are so many Afghans going home? Mostly, they are not choosing to. Iran and Pakistan,
    which host [[about 6 million Afghans|displaced;a=the UN refugee agency]] between them
    according to the UN refugee agency, have stepped up deportations since {{2023}}. The
    International Organization for Migration recorded
    [[more than 1.5 million returns|returned;a=The International Organization for Migration]]
    from Iran in the first {{seven months}} of {{2025}},
    [[about 500,000|returned;a=The International Organization for Migration]] of them in June
    and July alone. From Pakistan, [[some 800,000 people|returned;a=IOM]] have returned or been
    deported since Islamabad began its crackdown on undocumented foreigners in {{October 2023}},
    IOM figures show. Taliban authorities say they have allocated land to
    [[about 20,000 families|aid;a=Taliban authorities]]. The UN warns that the returns add to the
    burden on a country where [[22.9 million people|civilians;a=The UN]] already need aid.""",
)

item(
    "Chibok, ten years on: What we know about the missing girls",
    """Ten years ago this week, Boko Haram fighters broke into a girls' boarding school in
    Chibok, north-east Nigeria, and drove [[276 students|kidnapped]], most of them aged
    {{16 to 18}}, away in lorries. [[Fifty-seven|kidnapped]] escaped within hours by jumping
    from the vehicles. Since then [[about 130|kidnapped]] have been freed in deals brokered by
    Switzerland and the Red Cross in {{2016}} and {{2017}}, or found by the army.
    [[82 girls|missing;a=Amnesty International]] remain missing, according to Amnesty
    International. Chibok was not the last such attack: UNICEF says
    [[more than 1,680 children|kidnapped;a=UNICEF]] have been abducted in Nigeria since, and
    [[more than 10,000 schools|other;a=UNICEF]] have closed because of insecurity.""",
)

item(
    "Explainer: How many civilians died in the battle for Mosul?",
    """The {{nine-month}} battle to retake Mosul from the Islamic State group ended in July
    {{2017}}. How many civilians died is still disputed. The US-led coalition acknowledged
    responsibility for [[326 civilian deaths|killed;a=The US-led coalition]]. The Associated
    Press, cross-checking morgue lists with the records of aid groups, counted
    [[between 9,000 and 11,000 civilian dead|killed;a=The Associated Press]], about
    {{a third}} of them killed by coalition or Iraqi fire. [[About 900,000 people|displaced]]
    fled the city during the fighting.
    Hospitals in Erbil treated
    [[more than 11,000 people|injured;a=the World Health Organization]] for trauma injuries,
    the World Health Organization said. [[More than 5,000 homes|housing;a=the UN]] in the Old
    City alone were destroyed, the UN said. Two years later,
    [[about 300,000 Mosul residents|displaced;a=the International Organization for Migration]]
    were still displaced, according to the International Organization for Migration.""",
)

item(
    "Valencia floods: What we know",
    """The storm of {{29 October}} dropped a year's worth of rain in {{eight hours}} on parts of
    Valencia province. [[At least 224 people|killed;a=the government]] died in the Valencia
    region and [[three|killed;a=the government]] in Castilla-La Mancha and Andalusia, the
    government says.
    [[Three people|missing]] are still missing. [[About 1,200
    people|displaced]] spent the first night in sports
    halls and schools. The civil protection
    alert reached phones at {{8:11pm}}, more than an hour after water began pouring into homes
    in Chiva. [[About 17,000 soldiers, police and civil guards|combatants;n=soldiers, police and
    civil guards]] were deployed in the clean-up. The state insurer has received claims for
    [[more than 120,000 vehicles|other;a=The state insurer]]. On {{9 November}},
    [[some 130,000 people|other;a=the government delegation]] marched in Valencia to demand the
    regional president's resignation, the government delegation said.""",
)

item(
    "Explainer: How the UN decides a famine is a famine",
    """Famine is not a word the UN uses lightly. Under the Integrated Food Security Phase
    Classification, or IPC, an area is in famine, {{Phase 5}}, when {{20%}} of households face
    an extreme lack of food, {{30%}} of children are acutely malnourished and
    {{two adults or four children per 10,000 people}} die each day. The system was set up in
    {{2004}} in Somalia. Famine has been confirmed only a handful of times since: in Somalia in
    {{2011}}, in parts of South Sudan in {{2017}}, in Sudan's Zamzam camp in {{August 2024}} and
    in Gaza City in {{August 2025}}. Confirmation can take weeks, because survey teams need
    access, and by the time it comes many of the dead have already been buried.""",
)
