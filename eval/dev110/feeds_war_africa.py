"""Africa's wars as the feeds deliver them: Darfur, the Sahel, Nigeria, Somalia, Mozambique,
Ituri, Amhara and Cameroon, with the pages' furniture (8 articles with figures, 1 without)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "Sudan's RSF accused of killing hundreds in Zamzam camp assault - BBC News",
    """{{2 hours ago}}

    Share

    Save

    Mercy Juma BBC News, Nairobi

    Sudan's paramilitary Rapid Support Forces (RSF) killed
    [[more than 300 people|killed;a=the UN]] during a two-day assault on Zamzam, the country's
    largest camp for displaced people, the UN says.

    Among the dead were [[10 staff|killed]] of Relief International, a charity that ran one of
    the last working clinics in the camp, near El Fasher in Darfur.

    [[Up to 400,000 people|displaced;a=the International Organization for Migration (IOM)]]
    have fled Zamzam since Friday, the International Organization for Migration (IOM)
    estimates, many of them walking about {{60km (37 miles)}} to the town of Tawila.

    Getty Images

    Women who fled Zamzam rest under a tree in Tawila, where aid groups say
    [[180,000 new arrivals|displaced;a=aid groups]] need shelter

    The RSF said it had "liberated" the camp and denied targeting civilians. It released a
    video showing its fighters with what it said were
    [[2,000 residents|civilians;a=The RSF]] who had chosen to stay.

    Yale's Humanitarian Research Lab said satellite images showed
    [[at least 1,700 structures|housing;u=structure;a=Yale's Humanitarian Research Lab]]
    burned in the camp's central market and southern districts.

    Médecins Sans Frontières said its hospital in Tawila had received
    [[more than 150 wounded|injured;a=Médecins Sans Frontières]] since Friday. Famine was
    confirmed in Zamzam last August. Before the assault, the camp sheltered
    [[an estimated 500,000 people|displaced]], many of whom had fled earlier fighting across
    North Darfur.

    The RSF has besieged El Fasher, the last city in Darfur held by the army, since May last
    year. The US has accused the group of genocide in Darfur, which it denies.

    More on this story

    Related topics

    Sudan war

    Sudan war: Two years on, {{150,000 dead}} and a nation split in two""",
    LINE,
)

item(
    "Burkina jihadist attack on trench-diggers killed hundreds: sources",
    """Ouagadougou (AFP) – Jihadists killed [[at least 200 people|killed;a=security and local
    sources]], most of them civilians, in an attack on Saturday on residents who were digging
    trenches to protect the town of Barsalogho in central Burkina Faso, security and local
    sources told AFP on Monday.

    A local official who asked not to be named said [[nearly 300 bodies|killed;a=A local
    official]] had been counted, including soldiers and members of the army's civilian
    auxiliaries, the Volunteers for the Defence of the Homeland (VDP).
    [[More than 140 wounded|injured;a=a medical source]] were taken to the regional hospital in
    Kaya, a medical source said.

    The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack,
    saying it had killed "[[around 300 militiamen|killed;a=The Al-Qaeda-linked Group for the
    Support of Islam and Muslims (JNIM)]]" and seized weapons.

    Read more: Burkina junta says {{1,100 'terrorists'}} neutralised in August

    Survivors described
    [[dozens of gunmen|combatants;a=Survivors]] on motorbikes firing along the trenches for
    hours. "They went from one end of the trench to the other," said one man, who lost
    [[four relatives|killed;a=one man]].

    The government called the attack "barbaric" but has not given a toll.

    Jihadist violence has killed [[more than 20,000 people|killed;a=ACLED and the United
    Nations]] in Burkina since {{2015}} and displaced
    [[over two million|displaced;v=2000000;a=ACLED and the United Nations]], according to
    ACLED and the United Nations.

    Published: {{26/08/2024 - 18:10}}

    © {{2024}} AFP""",
    BLANK,
)

item(
    "Kuriga: Gunmen abduct 287 pupils, teachers in Kaduna school attack",
    """By Ibrahim Adeyemi

    {{March 8, 2024}} ({{4 min read}})

    Gunmen on Thursday abducted [[at least 287 pupils and teachers|kidnapped;n=pupils and
    teachers;a=a teacher at the school]] from a government school in Kuriga, a town in Chikun
    Local Government Area of Kaduna State, a teacher at the school said.

    Advertisement

    The teacher, Sani Abdullahi, said [[187 pupils|kidnapped;a=Sani Abdullahi]] were taken
    from the secondary section and [[125|kidnapped;a=Sani Abdullahi]] from the primary section,
    but that [[25 of the pupils|kidnapped;a=Sani Abdullahi]] later escaped and found their way
    back home.

    READ ALSO: Bandits {{kill 11, abduct 35}} in Zamfara community

    A resident, Musa Mohammed, said the gunmen, who numbered
    [[more than 100|combatants;a=Musa Mohammed]] and rode on motorcycles, invaded the school at
    about {{8 a.m.}} as pupils were assembling. He said a member of the local vigilance group
    was shot dead while trying to stop them.

    The police spokesperson in the state, Mansir Hassan, confirmed the incident and said a
    joint team of police, soldiers and vigilantes numbering
    [[about 300|combatants;a=Mansir Hassan]] had been sent into the surrounding forests.

    Advertisement

    The Kuriga abduction is the largest since {{2021}}, when
    [[279 schoolgirls|kidnapped]] were taken from their hostel in Jangebe, Zamfara State.

    Support PREMIUM TIMES' journalism of integrity and credibility""",
    LINE,
)

item(
    "Somali forces end 30-hour al Shabaab siege of Mogadishu hotel; 21 dead",
    """MOGADISHU, {{Aug 21}} (Reuters) - Somali security forces ended a {{30-hour}} siege by al
    Shabaab militants at a hotel in the capital Mogadishu, the police commissioner said on
    Sunday, adding that [[21 people|killed;a=the police commissioner]] had been killed and
    [[117|injured;a=the police commissioner]] wounded.

    Police commissioner Abdi Hassan Hijar told reporters that security forces had rescued
    [[106 people|civilians;a=Police commissioner Abdi Hassan Hijar]], among them women and
    children, who had been trapped in the Hayat Hotel. He said all the attackers had been
    killed, but did not say how many there were.

    A security official told Reuters earlier that
    [[at least five gunmen|combatants;a=A security official]] had stormed the hotel after
    [[two car bombs|other;u=other;a=A security official]] exploded at its gate.

    Sign up here.

    Al Shabaab, which is allied with al Qaeda, claimed responsibility for the attack, saying
    its fighters had killed [[dozens of government officials|killed;a=Al Shabaab]]. Health
    ministry officials said [[15 of the wounded|injured;a=Health ministry officials]] were in
    critical condition at Medina and Erdogan hospitals.

    The attack was the biggest in Mogadishu since President Hassan Sheikh Mohamud took office
    in May. In {{October 2017}}, a truck bomb in the city killed
    [[more than 500 people|killed]].

    Reporting by Abdi Sheikh and Abdiqani Hassan; Writing by Hereward Holland; Editing by
    Frances Kerry""",
    FLAT,
)

item(
    "Insurgents occupy Macomia for two days, loot food stores – Cabo Delgado",
    """Posted on {{14 May 2024, 07:20}}

    Image: Lusa (File photo)

    [[About 100 insurgents|combatants;a=local sources and humanitarian agencies]] occupied the
    district headquarters of Macomia, in Cabo Delgado province, on Friday and Saturday, looting
    food from warehouses and shops before withdrawing on Sunday, local sources and humanitarian
    agencies have told Lusa.

    Residents said the fighters, some in army uniforms, arrived in
    [[at least 15 vehicles|other;a=Residents]] and went from house to house demanding money.

    According to the International Organization for Migration (IOM),
    [[at least 3,200 people|displaced;a=the International Organization for Migration (IOM)]]
    fled Macomia town towards Quiterajo and the bush in the days after the attack, adding to
    [[more than 580,000 people|displaced;a=the International Organization for Migration (IOM)]]
    already displaced in the province.

    Médecins Sans Frontières (MSF) said its office in the town had been looted and that its
    [[23 staff|displaced;a=Médecins Sans Frontières (MSF)]] had been evacuated to Pemba.

    Related posts: Cabo Delgado: {{14 dead}} in Chiúre attack – Watch

    The Mozambican defence ministry said on Monday that soldiers had killed
    [[10 insurgents|killed;a=The Mozambican defence ministry]] in the fighting and lost
    [[three soldiers|killed;a=The Mozambican defence ministry]].

    Sign up for our daily newsletter and get the most important news from Mozambique straight
    to your inbox.""",
    LINE,
)

item(
    "CODECO militia attack on Ituri displacement site kills 46, army says",
    """BUNIA, Democratic Republic of Congo, {{June 13}} (Reuters) - Militiamen armed with
    machetes and guns killed [[46 people|killed;a=the army]], half of them children, in an
    overnight attack on a camp for displaced people in Congo's northeastern Ituri province, the
    army said on Tuesday.

    Jules Ngongo, an army spokesman, said the attackers, from the CODECO militia, burned
    [[dozens of shelters|housing;a=Jules Ngongo]] at the Lala site in Djugu territory and that
    soldiers had killed [[three of them|killed;n=-;a=Jules Ngongo]].

    The site sheltered [[about 4,000 people|displaced;a=civil society leader Dieudonné Lossa]],
    most of whom fled to Bule, some {{6 km}} away, where a UN peacekeeping base already houses
    [[another 15,000 displaced|displaced;a=civil society leader Dieudonné Lossa]], according to
    civil society leader Dieudonné Lossa.

    MONUSCO, the UN mission in Congo, said its peacekeepers had evacuated
    [[17 wounded|injured;a=MONUSCO]] by helicopter to Bunia.

    Sign up here.

    Violence between Lendu and Hema communities has killed
    [[thousands of people|killed;a=the United Nations]] in Ituri since {{2017}} and forced
    [[over 1.5 million|displaced;a=the United Nations]] from their homes, according to the
    United Nations.

    Reporting by Erikas Mwisi Kambale; Writing by Sofia Christensen; Editing by Alison
    Williams""",
    BLANK,
)

item(
    "Drone strike kills 26 in Ethiopia's Amhara, health officials say",
    """Addis Ababa (AFP) – A drone strike on a town in Ethiopia's Amhara region killed
    [[26 people|killed;a=two health officials]] and wounded [[55|injured;a=two health
    officials]] on Sunday, two health officials told AFP, as fighting between the army and
    local Fano militiamen spread.

    A doctor at the hospital in Finote Selam, who asked not to be named for fear of reprisals,
    said [[22 of the dead|killed;n=dead;a=A doctor at the hospital in Finote Selam]] were
    civilians. Witnesses said the drone struck near a bus station crowded with
    [[about 300 people|civilians;a=Witnesses]] on a market day.

    Advertising

    The government declared a {{six-month}} state of emergency in the region on {{August 4}}.
    The army said it had driven the militia out of Lalibela, Gondar and
    [[three other towns|other;u=other;a=The army]].

    The UN human rights office said [[at least 183 people|killed;a=The UN human rights
    office]] had been killed in the first month of the fighting. Federal police said on Friday
    they had arrested [[more than 1,000 people|arrested;a=Federal police]] in Addis Ababa, many
    of them ethnic Amhara, on suspicion of supporting the militia.

    Read more: Ethiopia's Tigray war left {{600,000 dead}}, researchers estimate

    Published: {{15/08/2023 - 09:36}}""",
    LINE,
)

item(
    "Separatists kill four soldiers, torch school in Bui – NW Cameroon",
    """By MMI Staff

    Share this: Facebook WhatsApp Twitter

    Armed separatists killed [[four soldiers|killed;a=military and local sources]] and
    [[one civilian|killed;a=military and local sources]] in an ambush on Tuesday near Kumbo, in
    Cameroon's North West region, military and local sources said.

    [[Two other soldiers|injured;a=a military source]] were wounded and evacuated to Bamenda, a
    military source told MMI. The fighters later set fire to a government secondary school in
    Mbiame, which had been closed since {{2018}}, and to [[15-20 houses|housing]] nearby.

    The army said in a statement on Wednesday that it had killed
    [[12 suspected separatists|killed;a=The army]] in a raid on a camp near Jakiri and seized
    [[seven rifles|other;a=The army]].

    Like this: Like Loading...

    The conflict in the English-speaking regions, which began in {{2017}}, has killed
    [[more than 6,000 people|killed;a=the International Crisis Group]] and forced
    [[over 700,000|displaced;a=the International Crisis Group]] from their homes, according to
    the International Crisis Group. UNICEF says
    [[some 600,000 children|civilians;a=UNICEF]] in the two regions are out of school.

    Published {{9 March 2021}}""",
    LINE,
)

item(
    "Sudan talks open in Geneva without army delegation",
    """GENEVA, {{Aug 14}} (Reuters) - US-brokered talks on ending the war in Sudan opened in
    Switzerland on Wednesday without a delegation from the Sudanese army, which objected to
    the format and to the presence of the United Arab Emirates as an observer.

    US special envoy Tom Perriello said the talks, the first since the Jeddah process stalled in
    {{December 2023}}, would run for up to {{10 days}} and would focus on aid access and the
    protection of civilians.

    Sign up here.

    The Rapid Support Forces sent a delegation led by its chief negotiator. Perriello said the
    mediators were in "constant contact" with the army by phone.

    The war, now in its {{17th month}}, has pushed parts of Sudan into famine. A UN appeal of
    {{$2.7 billion}} for this year is {{32% funded}}, and Resolution {{2736}}, adopted by the
    Security Council in June, demanded an end to the siege of El Fasher.

    The talks are expected to resume on {{Thursday at 10:00}} local time ({{0800 GMT}}).

    Reporting by Emma Farge; Additional reporting by Nafisa Eltahir in Cairo; Editing by Alex
    Richardson""",
    FLAT,
)
