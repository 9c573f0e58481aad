"""Items: the advance on Sake and the fall of Goma, January-April 2025, and the city under the
M23 (tolls, morgues and burials, the Munzenze jailbreak, foreign troops, arrests, aid)."""

from _wrap import item

item(
    "Rebels fight their way into Sake as Goma braces",
    """{{M23}} fighters backed by Rwandan troops seized most of Sake on {{January 23, 2025}},
    cutting the last main road west out of Goma. [[Tens of thousands of people|displaced]] fled
    along the lakeshore towards the city, witnesses said. The UN humanitarian office, OCHA, said
    [[at least 237,000 people|displaced;a=The UN humanitarian office;alt=OCHA]] had been uprooted
    in North and South Kivu since the start of the year,
    [[about 178,000|displaced;a=The UN humanitarian office;alt=OCHA]] of them in the fortnight
    before the attack. At Goma's CBCA Ndosho hospital, the ICRC said
    [[more than 90 wounded|injured;a=the ICRC;n=wounded]] had been admitted in {{48 hours}},
    including [[16 children|injured;a=the ICRC]]. South Africa's defence force said
    [[nine of its soldiers|killed;a=South Africa's defence force]] had died in {{two days}} of
    clashes near Sake, out of a contingent of
    [[about 2,900 troops|combatants;a=South Africa's defence force]] sent to Congo with the
    regional force. Malawi said [[three of its peacekeepers|killed;a=Malawi]] were also killed.""",
)

item(
    "Goma's morgues overflow as the dead are counted",
    """Goma's hospitals and morgues were overwhelmed on {{January 30}} as the toll from the battle
    for the city rose. The World Health Organization said
    [[more than 700 people|killed;a=The World Health Organization]] had been killed and
    [[2,800|injured;a=The World Health Organization]] wounded between {{January 26}} and
    {{January 28}}, a count it called far from complete. At the provincial hospital,
    [[dozens of bodies|killed;a=a Reuters witness]] lay on the floor of a corridor, a Reuters
    witness said. Health Minister Roger Kamba said on state television that the government had
    buried [[about 2,000 bodies|killed;a=Health Minister Roger Kamba]] in mass graves while
    [[another 900|killed;a=Health Minister Roger Kamba]] lay unclaimed in the morgues. Aid
    workers said [[hundreds of wounded|injured;a=Aid workers]] were being treated in tents in
    hospital car parks. The ICRC said it had sent
    [[1,500 body bags|aid;a=The ICRC]] to the city's hospitals. Médecins Sans Frontières said its
    teams at Kyeshero had treated [[more than 600 patients|injured;a=Médecins Sans Frontières]]
    with gunshot and shrapnel wounds since {{January 23}}.""",
)

item(
    "Munzenze jailbreak: thousands of inmates flee as M23 enters Goma",
    """[[More than 4,000 inmates|other;a=the UN]] escaped from Goma's Munzenze central prison in
    the early hours of {{January 27}} as {{M23}} fighters entered the city, the UN said. The
    jail, built in the {{1950s}} for [[about 150 prisoners|capacity]], held
    [[close to 4,300 detainees|arrested;a=the justice ministry]] at the end of {{2024}},
    according to the justice ministry. A fire swept through the women's wing during the breakout
    and [[at least 132 women|killed;a=UN officials]] died there, UN officials said, adding that
    survivors described rapes by male inmates.
    [[At least 40 inmates|killed;a=a prison official]] were shot as they tried to flee, a prison
    official told AFP. Police in Bukavu said they had rearrested
    [[27 escapees|arrested;a=Police in Bukavu]] who crossed Lake Kivu by boat.
    [[Nine prison guards|missing;a=the guards' union]] were still unaccounted for a week later,
    the guards' union said.""",
)

item(
    "UN bases shelter soldiers who laid down their arms in Goma",
    """[[About 1,200 Congolese soldiers and police|combatants;n=soldiers and police;a=MONUSCO]]
    who had surrendered took refuge in UN peacekeeping bases around Goma, MONUSCO said on
    {{January 29}}. The bases also sheltered [[some 2,000 civilians|displaced]] who fled the
    fighting in Munigi and Kibati. [[Three peacekeepers|injured;a=the mission;alt=MONUSCO]] were
    wounded by stray fire at a base near the airport, the mission said. The Congo River Alliance
    (AFC), the {{M23}}'s political arm, said it had taken
    [[more than 2,000 government soldiers|arrested;a=The Congo River Alliance (AFC)]] prisoner.
    AFC leader Corneille Nangaa told a rally at the Stade de l'Unité that
    [[some 1,800 of them|combatants;a=AFC leader Corneille Nangaa;n=-]] had since joined the
    rebel ranks. [[About 280 Romanian contractors|returned]] who had trained the Congolese army
    were escorted to the Rwandan border and flown home. The Romanian foreign ministry confirmed
    that [[288 citizens|returned;a=The Romanian foreign ministry]] had landed in Bucharest.""",
)

item(
    "Red Cross volunteers bury Goma's dead in mass graves",
    """Congolese Red Cross volunteers, supported by the ICRC, have buried
    [[more than 1,100 bodies|killed;a=the ICRC]] in Goma since the city fell, the ICRC said on
    {{February 6}}. Most were laid to rest in [[two mass graves|other;u=other]] at the Makao
    cemetery, where a volunteer said [[about 70 bodies a day|killed;a=a volunteer]] were arriving
    from the hospitals. The organisation said [[around 600|killed;a=The organisation;alt=the ICRC]]
    remained in morgues awaiting identification, and that its tracing service had registered
    [[more than 1,400 people|missing;a=The organisation;alt=the ICRC]] reported missing by their
    families. Across the border, the Rwandan health ministry said
    [[16 people|killed;a=the Rwandan health ministry]] had been killed and
    [[177|injured;a=the Rwandan health ministry]] wounded in Gisenyi by shells fired from Congo.
    Among the dead in Gisenyi were [[four children|killed]].""",
)

item(
    "Shells left thousands of Goma homes in ruins, city says",
    """Shells fired during the battle for Goma destroyed or damaged
    [[at least 1,300 homes|housing;a=the provincial disaster office]] in Ndosho, Mugunga and
    Katindo, the provincial disaster office said on {{February 4}}.
    [[Several hundred families|displaced;a=the provincial disaster office]] whose houses burned
    are sleeping in churches and schools, it said. Water and power were cut for {{five days}} to
    a city of [[some 2 million people|civilians]]. UNICEF said
    [[more than 1,100 children|missing;a=UNICEF]] had been separated from their families during
    the fighting. The mayor's office said [[14 schools|housing;a=The mayor's office]] had been
    hit by shells and [[about 90 classrooms|capacity;a=The mayor's office]] were occupied by
    displaced families. [[A dozen health centres|other]] in the western districts were looted.""",
)

item(
    "Security Council demands M23 withdrawal from Goma and Bukavu",
    """The UN Security Council on {{February 21, 2025}} unanimously adopted
    {{Resolution 2773}}, demanding that the {{M23}} halt its offensive and withdraw from Goma,
    Bukavu and the other areas it had seized. The text also called on the Rwanda Defence Force
    to leave Congolese territory "without preconditions". It was the council's {{first}}
    resolution on the crisis since the fall of Goma {{25 days}} earlier. Diplomats said the UN's
    humanitarian appeal for Congo, {{$2.54 billion}} for {{2025}}, was only {{11%}} funded at the
    time of the vote. Kinshasa welcomed the resolution, while Kigali said it ignored "the root
    causes" of the conflict.""",
)

item(
    "UN investigators document mass graves around Goma",
    """UN human rights investigators said on {{March 14}} they had documented
    [[at least 11 mass grave sites|other;a=UN human rights investigators]] in and around Goma
    holding the remains of [[more than 260 people|killed;a=UN human rights investigators]].
    UN rights chief Volker Türk said [[dozens of the dead|killed;a=UN rights chief Volker Türk]]
    appeared to have been shot at close range. The investigators said they had interviewed
    [[more than 90 witnesses|other;a=The investigators]]. The {{M23}} denied responsibility and
    said its own teams had found the bodies of
    [[47 of its fighters|killed;a=The M23]] in a grave near the airport. Families in Katindo
    said [[at least 30 young men|missing;a=Families in Katindo]] had disappeared after
    house-to-house searches. The group said it had detained
    [[more than 200 suspected infiltrators|arrested;a=The group;alt=M23]] in the same
    operation.""",
)

item(
    "Rebels take wounded men from Goma hospitals, UN says",
    """{{M23}} fighters took [[at least 130 sick and wounded men|kidnapped;n=men;a=the UN human
    rights office]] from the CBCA Ndosho and Heal Africa hospitals overnight on
    {{February 28}}, the UN human rights office said, accusing the group of treating them as
    suspected government soldiers. [[Fifty-seven|kidnapped;a=the UN human rights office]] were
    taken from CBCA Ndosho and [[73|kidnapped;a=the UN human rights office]] from Heal Africa,
    it said. The M23 said the men were army and Wazalendo fighters "hiding among patients" and
    that [[16|kidnapped;a=The M23]] had been freed after checks. Heal Africa's medical director
    said the hospital was still treating [[112 war-wounded|injured;a=Heal Africa's medical
    director]]. Since {{January}} it had admitted [[1,650 patients|injured]] with gunshot and
    shrapnel wounds.""",
)

item(
    "Southern African troops leave Goma through Rwanda",
    """The {{first}} convoy of the Southern African regional force left Goma on {{April 29}}
    through Rwanda, carrying [[about 200 South African soldiers|combatants;a=SADC]] and their
    equipment, SADC said. The mission had [[some 1,300 troops|combatants]] in Goma when the city
    fell on {{January 27}} and lost [[14 South Africans|killed;n=South Africans]], [[three Malawians|killed]] and
    [[one Tanzanian|killed]] in the fighting. South Africa's defence minister Angie Motshekga
    told parliament that [[26 soldiers|injured;a=South Africa's defence minister Angie
    Motshekga]] had been wounded and [[seven|injured;a=South Africa's defence minister Angie
    Motshekga]] were still in hospital in Pretoria. [[About 60 vehicles|other]] were left behind
    under an arrangement with the {{M23}}, military sources said, a claim Pretoria denied.""",
)

item(
    "Banks stay shut in rebel-held Goma",
    """Banks in Goma remained shut on {{March 10}}, {{six weeks}} after the {{M23}} seized the
    city, leaving traders to rely on mobile money and on cash carried by bus from Gisenyi. The
    central bank ordered the closures on {{January 28}} and said branches would reopen only when
    the state returned. The price of maize flour rose by {{40%}} in a month, to about {{$1.20}} a
    kilogram, the World Food Programme said. The AFC said it had set up its own savings bank and
    would pay civil servants a monthly allowance of {{$100}}. Exchange bureaus in Gisenyi quoted
    the Congolese franc at {{2,900 francs}} to the dollar.""",
)

item(
    "M23 'clean-up' sweep in Goma: arrests, shootings",
    """The {{M23}} said on {{February 20}} that its police had arrested
    [[more than 600 people|arrested;a=The M23]] in Goma in a week-long sweep against "bandits
    and infiltrators". Residents of Mabanga and Majengo said
    [[at least 19 young men|killed;a=Residents of Mabanga and Majengo]] were shot dead during the
    searches. The group said [[1,500 rifles|other;a=The group;alt=M23]] had been recovered from
    homes and drains. It also said it had enlisted
    [[more than 7,000 new recruits|combatants;a=M23]] at its Rumangabo training camp. A Goma
    civil society group said [[83 of its members|missing;a=A Goma civil society group]] had
    disappeared since {{January}}. Officials in Kinshasa put the number of people held in rebel
    cells in the city at [[about 2,000|arrested;a=Officials in Kinshasa]]. The Congolese
    journalists' union said [[five reporters|arrested;a=The Congolese journalists' union]] were
    among those held.""",
)

item(
    "Congolese cross into Rwanda as Goma falls",
    """Rwanda's emergency management ministry said
    [[about 1,200 people|displaced;a=Rwanda's emergency management ministry]] crossed from Goma
    into Rubavu district in the {{24 hours}} after {{M23}} fighters entered the city, most of
    them through the Petite Barrière crossing. The ministry said they were taken to the Nkamira
    transit centre, which has room for [[around 3,000 people|capacity;a=The ministry;alt=Rwanda's
    emergency management ministry]]. The UN said it had evacuated
    [[about 900 non-essential staff and dependants|displaced;a=The UN;n=staff and dependants]]
    by road to Gisenyi and on to Kigali and Entebbe.
    [[Several hundred foreign nationals|displaced;a=embassies]], among them
    [[at least 70 Britons|displaced;a=embassies]], left the same way, embassies said. By
    {{February 10}}, [[about 600|returned;a=Rwandan officials]] of the Congolese who had crossed
    had gone back, Rwandan officials said.""",
)

item(
    "Food aid resumes in Goma after looting",
    """The World Food Programme said it had resumed distributions in Goma on {{February 18}} and
    reached [[about 96,000 people|aid;a=The World Food Programme]] in the {{first week}}.
    [[Forty trucks|aid]] carrying [[about 600 tonnes|aid]] of food and medicine crossed from
    Rwanda at the Grande Barrière. The World Food Programme said
    [[150 to 200 trucks a week|aid;p;a=The World Food Programme]] would be needed to keep up with
    demand. The agency said
    [[more than 2.5 million people|civilians;a=The agency;alt=The World Food Programme]] in North
    Kivu faced emergency levels of hunger, and that its Goma warehouses had been looted of
    [[about 7,000 tonnes|aid;a=The agency;alt=The World Food Programme]] during the fighting.
    UNICEF said it had delivered [[200 cholera kits|aid;a=UNICEF]] to health centres in the city's
    western districts.""",
)

item(
    "Kinshasa and rebels trade tolls for the battle of Goma",
    """Prime Minister Judith Suminwa told the UN Human Rights Council in Geneva on
    {{February 24}} that [[more than 7,000 people|killed;a=Prime Minister Judith Suminwa]] had
    been killed in the east since {{January}}. She said
    [[some 450,000 people|displaced;a=Prime Minister Judith Suminwa]] had lost their shelter when
    the camps around Goma were destroyed. The {{M23}} rejected the figure, saying
    [[fewer than 100 of its fighters|killed;a=The M23]] had died and accusing Kinshasa of
    counting its own soldiers as civilians. The UN said on {{February 20}} that
    [[about 3,000 people|killed;a=The UN]] had died in and around Goma and that
    [[more than 2,880 bodies|killed;a=The UN]] had been buried. Médecins Sans Frontières said its
    teams had treated [[more than 3,000 wounded|injured;a=Médecins Sans Frontières;n=wounded]] in
    Goma and Bukavu over the same period. Reuters, working from hospital and morgue records,
    tallied [[between 2,900 and 3,100 deaths|killed;a=Reuters]] in Goma alone.""",
)

item(
    "Cholera rises in Goma after fighting cuts water",
    """Goma's water utility Regideso said pumping stations supplying
    [[about 1 million people|civilians;a=Goma's water utility Regideso]] were knocked out when
    shells cut power lines on {{January 26}}. The ICRC said it was trucking water to
    [[some 60,000 people a day|aid;a=The ICRC]]. MSF said it had admitted
    [[more than 650 people|other;a=MSF]] with suspected cholera to its treatment centres in Goma
    and Nyiragongo in {{three weeks}}, and that [[11|killed;a=MSF]] had died. The health ministry
    said the centres had a combined [[220 beds|capacity;a=The health ministry]]. UNICEF said
    [[about 4,000 hygiene kits|aid;a=UNICEF]] had been handed out to families living near the
    lake. Oxfam said [[about 40,000 people|civilians;a=Oxfam]] in Nyiragongo still had no access
    to clean water.""",
)

item(
    "Wazalendo raid Goma at night; rebels claim dozens killed",
    """Wazalendo militiamen attacked several districts of Goma overnight on {{April 11}}, in the
    heaviest fighting in the city since it fell to the {{M23}}, residents said. The M23 said its
    forces had killed [[about 50 attackers|killed;a=The M23]] and captured
    [[18|arrested;a=The M23]]. Doctors at CBCA Ndosho said
    [[at least 30 wounded|injured;a=Doctors at CBCA Ndosho;n=wounded]] had been admitted
    overnight, including [[nine civilians|injured;a=Doctors at CBCA Ndosho]]. M23 spokesman
    Willy Ngoma said [[about 1,000 Wazalendo fighters|combatants;a=M23 spokesman Willy Ngoma]]
    had slipped into the city from the forest at Kibati. Residents said
    [[at least 15 homes|housing;a=Residents]] were burned in Kyeshero.
    [[Hundreds of people|displaced]] spent the night in churches.""",
)
