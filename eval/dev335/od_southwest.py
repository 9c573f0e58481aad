"""dev335 items: the South-West region (Buea, Kumba, Mamfe, Muyuka, Lebialem, Ndian, Bakassi)."""

from _wrap import item

item(
    "Gunmen kill pupils in Kumba classroom attack",
    """Gunmen stormed a private bilingual school in Kumba on Saturday and opened fire on a
    classroom, killing [[seven pupils|killed;a=the government]] and wounding [[13
    others|injured;a=the government]], the government said. The children were {{aged between 9
    and 12}}. Doctors at Kumba district hospital said [[eight of the wounded|injured;a=Doctors at
    Kumba district hospital]] were in a critical condition. UNICEF said [[at least 40 attacks on
    schools|other;u=other;n=attacks;a=UNICEF]] had been recorded in the two Anglophone regions
    this year. Communication minister René Emmanuel Sadi said [[two suspects|arrested;a=Communication
    minister René Emmanuel Sadi]] had been arrested and blamed separatists, who denied any
    role. [[Thousands of people|other]] attended the funeral on {{November 1}}. The school,
    opened in {{2019}}, charged fees of {{CFA 45,000}} a term.""",
)

item(
    "Fleeing fighting, South-West families seek shelter in Douala and Buea",
    """[[Some 86,000 displaced people|displaced;a=OCHA]] from the South-West are living in the
    Littoral region, most of them in Douala, OCHA says. A survey by the agency found that [[about
    6,500 households|displaced;a=the agency;alt=OCHA]] there had been displaced more than once
    and that {{41%}} of them paid rent. In Buea, [[between 1,200 and 1,500 people|displaced]]
    sleep in [[14 churches|capacity]] and a disused market hall. The Catholic Diocese of Buea
    said it had given food to [[2,300 families|aid;a=The Catholic Diocese of Buea]] and handed
    out [[4,000 blankets|aid;a=The Catholic Diocese of Buea]] since {{June}}. [[Thousands
    more|displaced;n=-]] are still hiding in the forest around Muyuka and Ekona, where
    [[about 20 people|missing;a=local chiefs]] have not been heard from since the last army
    sweep, local chiefs say.""",
)

item(
    "Seven soldiers killed in ambush on Mamfe road",
    """Separatist fighters ambushed a military convoy on the Mamfe-Kumba road on Thursday,
    killing [[seven soldiers|killed;a=a military source]], a military source told AFP. The convoy
    of [[nine vehicles|other]] was escorting fuel tankers to Mamfe, and [[two pickups|other]]
    were set ablaze. The Southern Cameroons Defence Forces (SOCADEF) said in a statement that
    its fighters had seized [[14 weapons|other;a=The Southern Cameroons Defence Forces
    (SOCADEF)]]. The army said [[five fighters|killed;a=The army]] died when troops pursued the
    attackers into the forest. Residents of Eyumojock said [[about 20 young men|arrested;a=Residents
    of Eyumojock]] were rounded up in the days that followed. A regional security report seen
    by AFP says [[at least 1,200 soldiers and police|killed;n=soldiers and police;a=A regional
    security report seen by AFP]] have died in the conflict since {{2017}}.""",
)

item(
    "Cocoa from the South-West slumps as plantations empty",
    """Cameroon's cocoa output fell by {{17 percent}} in the {{2018/19}} season as fighting
    emptied farms around Kumba and Mamfe, the National Cocoa and Coffee Board said. Farmgate
    prices dropped to {{CFA 900 per kilogram}} in Meme division, against {{CFA 1,250}} in the
    Centre region. The state-owned Cameroon Development Corporation, founded in {{1947}}, said
    it lost {{CFA 32 billion}} in {{2019}} and paid salaries {{eight months}} late. The port of
    Limbe handled {{40 percent}} less cargo than in {{2016}}. "A {{50-kilogram}} bag that sold
    in a week now sits for a month," said a {{61-year-old}} grower in Konye.""",
)

item(
    "Gunmen kill five at Buea market",
    """Gunmen killed [[five civilians|killed;a=police]], including [[two motorbike taxi
    drivers|killed;a=police]], at a market in Buea's {{Mile 16}} neighbourhood on Monday evening,
    police said. [[Nine people|injured]] were taken to Buea Regional Hospital. Governor Bernard
    Okalia Bilai said [[about 40 suspects|arrested;a=Governor Bernard Okalia Bilai]] had been
    arrested in overnight searches. [[Hundreds of residents|displaced]] of Bolifamba spent the
    night in Molyko, across town. He said [[up to 200 more gendarmes|combatants;p;a=Governor
    Bernard Okalia Bilai]] would be deployed to the town before the weekend. A curfew from {{6
    pm}} to {{6 am}} remains in force.""",
)

item(
    "Rights group says troops torched Lebialem villages",
    """Human Rights Watch said soldiers set fire to [[four villages|housing;a=Human Rights
    Watch]] in Lebialem division in {{January}}, destroying [[more than 70
    homes|housing;a=Human Rights Watch]]. The rights group said troops killed [[at least 12
    civilians|killed;a=The rights group;alt=Human Rights Watch]], among them a {{90-year-old}}
    woman who could not flee. It interviewed [[38 victims and witnesses|other;n=victims and
    witnesses;a=Human Rights Watch]] by telephone. Satellite images showed [[about 300
    structures|housing]] damaged or destroyed. The Defence Ministry rejected the report,
    saying [[14 armed separatists|killed;a=The Defence Ministry]] had been killed in a lawful
    operation. [[About 5,000 residents|displaced;a=local chiefs]] fled into the forest,
    according to local chiefs.""",
)

item(
    "Cameroonians paddle across to Cross River as Ndian fighting flares",
    """[[More than 2,000 Cameroonians|displaced;a=Nigeria's National Emergency Management
    Agency (NEMA)]] have crossed into Nigeria's Cross River state by canoe in two weeks,
    Nigeria's National Emergency Management Agency (NEMA) said. Officials in Bakassi local
    government said [[about 300 people a day|displaced;a=Officials in Bakassi local
    government]] were arriving at the fishing port of Ikang. UNHCR has registered [[59,000
    Cameroonian refugees|displaced;a=UNHCR]] in the state, most of them with host families and
    in [[four settlements|capacity;a=UNHCR]]. [[Eight people|missing;a=local fishermen]] are
    missing after a canoe capsized on the Akpa Yafe river, local fishermen said. The agency
    plans to move [[3,500 refugees|displaced;p;a=The agency;alt=UNHCR]] from border villages to
    the Adagom settlement near Ogoja before the rains.""",
)

item(
    "Doctors flee as attacks on health care spread in the South-West",
    """The WHO said it had verified [[53 attacks|other;u=other;a=The WHO]] on health facilities,
    staff and ambulances in the North-West and South-West since {{January 2019}}, in which
    [[nine health workers|killed;a=The WHO]] were killed and [[22|injured;n=-;a=The WHO]]
    injured. In the South-West, [[31 health facilities|other;a=the regional delegation of public
    health]] are no longer working, according to the regional delegation of public health.
    [[Five of them|housing;n=-;u=structure]] were burned down. Mobile clinics run by a local
    charity held [[2,700 consultations|aid;u=other]] in Meme division in March. [[An estimated
    180,000 people|civilians;a=OCHA]] in Meme and Ndian divisions have no health care within
    reach, OCHA says. "I was the only doctor for {{60 km}}," said a {{34-year-old}} physician who
    left Mbonge in {{2020}}.""",
)

item(
    "How many fighters? Estimates of separatist strength vary widely",
    """The International Crisis Group estimated in {{2019}} that [[between 2,000 and 4,000
    separatist fighters|combatants;a=The International Crisis Group]] were active in the
    Anglophone regions, split among [[more than a dozen militias|combatants;u=other;a=The
    International Crisis Group]]. Separatist spokesman Capo Daniel claimed the movement had [[up
    to 30,000 fighters|combatants;a=Separatist spokesman Capo Daniel]]. Cameroon has deployed
    [[an estimated 9,000 troops|combatants;a=diplomats]], including the elite Rapid
    Intervention Battalion, to the two regions, according to diplomats. The government said in
    {{2023}} that [[more than 3,000 fighters|combatants;a=The government]] had laid down arms and
    passed through the disarmament centres in Bamenda and Buea. [[Some 400
    ex-fighters|combatants]] remain in the Buea centre, where a {{2022}} audit found food
    rations cost {{CFA 1,500}} a day per person.""",
)

item(
    "Five priests kidnapped in Mamfe diocese, church says",
    """Gunmen abducted [[five priests|kidnapped;a=the Diocese of Mamfe]] from a parish in Nchang
    and set fire to the church and [[two classrooms|housing;a=the Diocese of Mamfe]], the
    Diocese of Mamfe said. Bishop Aloysius Fondong Abangalo said the kidnappers were demanding
    {{CFA 50 million}}. [[About 60 parishioners|displaced]] who had been sheltering in the church
    compound fled into the forest. A week later [[four of the priests|kidnapped;a=the
    diocese;alt=the Diocese of Mamfe]] were freed, the diocese said, while the {{fifth}} was
    still held. Since {{2018}}, [[at least five priests|killed;a=Aid to the Church in Need]] have
    been killed in the Anglophone regions, according to Aid to the Church in Need. [[Some 30
    parishes|other;u=other;a=the bishops' conference]] in the Mamfe diocese are closed, the
    bishops' conference said in a statement.""",
)

item(
    "Army says 42 separatists killed in week of Meme operations",
    """Cameroon's Defence Ministry said on Monday that [[42 separatist fighters|killed;a=Cameroon's
    Defence Ministry]] had been killed in a week of operations in Meme division, and that troops
    had destroyed [[seven of their camps|other;a=Cameroon's Defence Ministry]]. The ministry said
    [[three soldiers|killed;a=The ministry;alt=Cameroon's Defence Ministry]] died and
    [[eight|injured;n=-;a=The ministry;alt=Cameroon's Defence Ministry]] were wounded. Troops
    freed [[15 hostages|kidnapped]] and recovered [[23 firearms|other]], among them [[a dozen
    homemade shotguns|other]]. Separatist commanders said on social media that [[only
    four|killed;n=-;a=Separatist commanders]] of their men had died. The operation, named
    "Clean Meme", began on {{April 2}}.""",
)

item(
    "Buea military court adjourns radio presenter's trial again",
    """The military tribunal in Buea adjourned for the {{14th}} time the trial of Emmanuel Mbiah,
    {{38}}, a radio presenter held since {{August 2021}} on charges of secession and
    apology for terrorism. The case was postponed to {{March 28}}. He faces up to {{15 years}}
    in prison and a fine of {{CFA 1 million}} if convicted. His lawyer said he had lost {{12
    kilograms}} in detention. Under the {{2014}} anti-terrorism law, trials of civilians before
    military courts have multiplied in the Anglophone regions. Cameroon ranked {{138th}} of
    {{180}} countries in the {{2023}} World Press Freedom Index.""",
)

item(
    "A trickle of refugees heads home from Nigeria to Manyu",
    """UNHCR said [[about 1,900 Cameroonian refugees|returned;a=UNHCR]] had gone back from
    Nigeria in the first half of the year, most of them to Manyu division. A survey of [[2,400
    refugee households|other;a=the agency;alt=UNHCR]] in Cross River found that fewer than one in
    ten wanted to return, the agency said. In {{January 2018}}, Nigeria handed [[47 separatist
    suspects|returned]] back to Cameroon, a move UNHCR called refoulement. Local officials in
    Mamfe said [[some 250 families|returned;a=Local officials in Mamfe]] had come back to
    villages along the Cross River since {{March}}. [[More than 80,000|displaced;n=-]] remain in
    Nigeria. UNHCR plans to hand out [[1,500 return kits|aid;p;a=UNHCR]] with tarpaulins,
    buckets and seeds before the planting season.""",
)

item(
    "Troops fire on independence marchers, Amnesty says",
    """Amnesty International said security forces killed [[at least 20 people|killed;a=Amnesty
    International]] in the Anglophone regions on {{October 1}}, when [[tens of thousands of
    people|other]] marched to mark the symbolic declaration of independence. The government put
    the toll at [[10|killed;n=-;a=The government]]. Hospitals in Bamenda and Kumba treated [[more
    than 50 people|injured;a=doctors]] for gunshot wounds, doctors said. [[Some 500
    people|arrested;a=lawyers]] were detained, lawyers said, many of them in Buea's gendarmerie
    cells. In the weeks that followed, [[about 5,000 people|displaced;a=UNHCR]] fled to Nigeria,
    UNHCR said. Police had banned gatherings of more than {{four people}}.""",
)

item(
    "One in three in the Anglophone regions faces hunger",
    """[[About 680,000 people|civilians;a=the latest Cadre Harmonisé analysis]] in the
    North-West and South-West face crisis levels of hunger, according to the latest Cadre
    Harmonisé analysis. WFP said it would need {{$42 million}} over {{six months}} to assist
    [[450,000 people|aid;p;a=WFP]]. In March its partners distributed [[3,200 tonnes|aid]] of
    food, carried by [[35 trucks|aid]], and [[12,000 households|aid]] received cash. A {{42%}}
    drop in funding forced the agency to cut rations by half. [[Some 1,000 displaced
    families|displaced;a=the Kumba council]] in Kumba now eat once a day, the Kumba council
    said.""",
)

item(
    "Separatists kill Konye chief and four notables",
    """Separatist fighters killed a traditional ruler and [[four of his notables|killed;a=the
    senior divisional officer for Meme]] in Konye and kidnapped [[eight
    people|kidnapped;a=the senior divisional officer for Meme]], the senior divisional officer
    for Meme said on Wednesday. [[Five|kidnapped;n=-]] were freed after their families paid
    {{CFA 2 million}}. [[The remaining 1,500 residents|civilians]] of Konye town have no
    electricity or phone network. Since January, [[23 traditional rulers|kidnapped;a=the
    regional assembly of chiefs]] have been abducted in the South-West, the regional assembly of
    chiefs says. [[At least nine|killed;n=-]] of them have been killed. The chief, {{67}}, had
    refused to close his palace school.""",
)

item(
    "Fishermen missing after raid on Bakassi settlement",
    """[[At least 11 fishermen|missing;a=the Bakassi fishermen's union]] are missing after armed
    men raided the fishing settlement of Idabato on Sunday night, the Bakassi fishermen's union
    said. The raiders, [[as many as 25 armed men|combatants;a=survivors]] in speedboats, came from
    the creeks, according to survivors. [[Three bodies|killed]] were pulled from the creek on Monday. The attackers burned
    [[26 canoes|other]] and [[about 60 homes|housing]] in the settlement. [[Some 400
    fishermen|displaced;a=a local official]] and their families have fled to Calabar in Nigeria,
    a local official said. The Nigerian navy said it had rescued [[nine people|other;a=The
    Nigerian navy]] from a capsized boat. Bakassi was handed to Cameroon in {{2008}} under a
    {{2002}} World Court ruling.""",
)
