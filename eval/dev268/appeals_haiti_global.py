"""Haiti, the global appeals and a few more from Gaza, Syria, the DRC and the Sahel: appeals,
needs overviews and the counts around them."""

from _wrap import item

item(
    "Haiti appeal launched as displacement passes 1 million",
    """The UN and its partners appealed on {{4 February}} for {{$908 million}} to help [[3.9 million
    people|aid;p]] in Haiti this year, out of [[6 million|civilians]] in need. [[More than 1 million
    people|displaced;a=the International Organization for Migration]] are now displaced by gang
    violence, the International Organization for Migration said, {{three times}} as many as a year
    earlier. [[About 5.7 million Haitians|civilians;a=the IPC]] face acute food insecurity, according
    to the IPC. Gangs control {{about 85 per cent}} of the capital. The national police, with
    [[roughly 10,000 officers|combatants]] on active duty, is backed by [[about 1,000 foreign
    police|combatants]] in the Kenyan-led mission.""",
)

item(
    "Gang violence killed thousands in Haiti last year, UN rights office says",
    """[[At least 5,601 people|killed;a=the UN human rights office]] were killed in gang violence in
    Haiti in {{2024}}, the UN human rights office said. [[Another 2,212 people|injured;a=the UN human
    rights office]] were injured and [[1,494|kidnapped;a=the UN human rights office]] kidnapped, it
    said. [[At least 207 people|killed;a=BINUH]] died in a massacre in the Wharf Jérémie area of Cité
    Soleil in {{December}}, ordered by a gang leader, according to BINUH. Gangs also set fire to
    [[more than 40 schools|housing]] in the Solino and Nazon neighbourhoods. The abductions recall
    {{2021}}, when [[17 missionaries|kidnapped]] from a US-based charity were seized east of the
    capital and held for {{two months}}.""",
)

item(
    "Port-au-Prince displacement sites multiply as gangs advance",
    """[[About 200,000 people|displaced;a=IOM]] live in [[more than 140 displacement
    sites|capacity;a=IOM]] in the metropolitan area, IOM said, most of them in schools, churches and
    public buildings. The sites include [[at least 90 schools|capacity]], keeping [[tens of thousands
    of children|civilians]] out of class. Water partners plan to install [[250
    latrines|aid;p;a=Water partners]] in the most crowded sites. The health ministry has confirmed
    [[more than 80 cholera cases|other;a=The health ministry]] in the sites since {{October}}. [[Between 10 and 15 new sites a month|capacity]] have opened since {{January}}. Many
    families have moved {{three or four times}}.""",
)

item(
    "Kenyan-led police mission short of officers and funds, Haiti plan notes",
    """The Multinational Security Support mission has deployed [[fewer than 1,000
    officers|combatants]] of the [[2,500|combatants;p]] pledged, and its trust fund holds {{less than
    $100 million}}. Kenya has sent [[about 750 police officers|combatants;a=Kenya's police
    service]], Kenya's police service said. The UN estimates [[at least 12,000 gang
    members|combatants;a=The UN]] belong to [[about 200 gangs|other;u=other;a=The UN]] across the
    country. UNICEF says children make up {{up to half}} of gang members. [[Two Kenyan
    officers|killed;a=Kenya's police service]] have been killed since the deployment began, Kenya's
    police service said.""",
)

item(
    "Mass deportations from Dominican Republic add to Haiti's needs",
    """The Dominican Republic deported [[more than 276,000 Haitians|returned;a=IOM]] in {{2024}},
    IOM said. [[About 9,000 people each week|returned]] arrive at Belladère and Ouanaminthe.
    Dominican authorities say they detained [[more than 11,000 Haitians|arrested;a=Dominican
    authorities]] in a single week in {{October}}. Among the deported were [[more than 2,900
    unaccompanied children|returned;a=UNICEF]], UNICEF said. IOM and its partners have given [[some
    40,000 returnees|aid]] hot meals and transport to their home communities. The government plans to
    open [[three reception centres|capacity;p;a=The government]] at the border.""",
)

item(
    "Cholera returns to Haiti, prompting emergency appeal",
    """Haiti's health ministry has recorded [[more than 13,000 suspected cholera cases|other;a=Haiti's
    health ministry]] and [[at least 283 deaths|killed;a=Haiti's health ministry]] since the disease
    re-emerged in {{October}}. The Pan American Health Organization said [[1.17 million
    doses|aid;a=The Pan American Health Organization]] of oral cholera vaccine had arrived. Aid
    agencies plan to vaccinate [[500,000 people|aid;p;a=Aid agencies]] in Cité Soleil and
    Port-au-Prince first. The ministry reports [[between 150 and 200 new cases a
    day|other;a=The ministry;alt=Haiti's health ministry]]. [[About 30 cholera treatment centres|other]] are operating. The UN has
    deployed [[a dozen epidemiologists|other]] to support the ministry.""",
)

item(
    "Attacks on Haiti's hospitals and health staff force closures",
    """Only {{about 40 per cent}} of health facilities in Port-au-Prince are fully functioning, the
    World Health Organization said. [[At least 12 health workers|kidnapped;a=the Haitian Medical
    Association]] were kidnapped in the capital in {{2024}}, according to the Haitian Medical
    Association. [[Three|missing]] are still unaccounted for. Gangs have looted or burned [[more than
    30 health facilities|housing]], including the State University Hospital, closed since {{March}}.
    Police said they arrested [[14 suspects|arrested;a=Police]] after the raid on the Bernard Mevs
    hospital. Médecins Sans Frontières said its teams had treated [[more than 1,100
    people|injured;a=Médecins Sans Frontières]] for gunshot wounds in the first half of the year.""",
)

item(
    "Gang offensive on Mirebalais sends thousands fleeing",
    """The Viv Ansanm gang coalition's attack on Mirebalais on {{31 March}} displaced [[more than
    6,000 people|displaced;a=IOM]], IOM said, and [[529 prisoners|other;a=IOM]] escaped from the
    town's prison. [[Dozens of people|killed;a=local officials]] were killed, local officials said.
    [[At least 15 people|missing]] have not been accounted for. [[About 1,200
    families|displaced;a=the Civil Protection Directorate]] are sheltering in churches and schools in
    Hinche, the Civil Protection Directorate said. Across the Centre department, [[about 50,000 people|displaced]] have fled since {{February}}.
    Gangs burned [[hundreds of homes|housing]] in nearby Saut-d'Eau. WFP distributed hot meals to
    [[7,000 people|aid]] in Mirebalais in the first week.""",
)

item(
    "UN seeks $47bn for 2025 as crises multiply",
    """The UN appealed on {{4 December}} for {{$47.4 billion}} to help [[nearly 190 million
    people|aid;p]] in the coming year. UN relief chief Tom Fletcher said [[305 million
    people|civilians;p;a=UN relief chief Tom Fletcher]] would need aid in {{2025}}. Agencies reached
    [[116 million people|aid;a=OCHA]] in the first {{nine months}} of the year, OCHA said. [[More than
    123 million people|displaced;a=UNHCR]] have been forcibly displaced worldwide, UNHCR says. Attacks
    killed [[more than 280 aid workers|killed;a=the Aid Worker Security Database]] in {{2024}}, the
    deadliest year on record, according to the Aid Worker Security Database. [[Some 40 million
    children|civilians;a=Education Cannot Wait]] are out of school in crisis zones, according to
    Education Cannot Wait.""",
)

item(
    "Aid chiefs narrow global appeal to reach 87 million people",
    """Facing deep funding cuts, the UN's humanitarian office, OCHA, asked on {{8 December}} for {{$23
    billion}} to reach [[87 million people|aid;p]] in {{2026}}, the smallest target in {{a
    decade}}. It said [[239 million people|civilians;a=OCHA]] need help. In {{2025}}, agencies
    reached [[only about 98 million people|aid;a=the office;alt=OCHA]], the office said. Funding cuts
    forced the closure of [[more than 1,300 health facilities|other]] and [[at least 2,800 nutrition
    sites|other]]. The World Food Programme said [[about 13.7 million people|civilians;p;a=The World
    Food Programme]] could fall into emergency hunger next year.""",
)

item(
    "Hundreds killed near Gaza food sites, UN rights office says",
    """[[At least 798 people|killed;a=the UN human rights office]] were killed near aid sites in Gaza
    between {{27 May}} and {{7 July}}, the UN human rights office said, [[615|killed;a=the UN human
    rights office]] of them around the distribution points of the Gaza Humanitarian Foundation. The
    foundation runs [[four distribution sites|other]] in the south and centre of the Strip. The
    foundation says it has handed out [[more than 70 million meals|aid;a=The foundation;alt=the Gaza
    Humanitarian Foundation]]. Gaza's health ministry said [[more than 4,000 people|injured;a=Gaza's
    health ministry]] had been wounded while seeking aid. The UN says it needs [[500 to 600 trucks a
    day|aid;p;a=The UN]] to meet basic needs.""",
)

item(
    "Central Sahel appeal: needs up, access down",
    """Across Burkina Faso, Mali and Niger, [[about 11 million people|civilians;a=OCHA]] need
    assistance this year, OCHA says. [[More than 3 million people|displaced;a=UNHCR]] are displaced in
    the central Sahel, UNHCR says, and [[some 580,000 refugees|displaced;a=UNHCR]] have crossed into
    coastal states such as Ghana, Togo and Benin. [[About 8,700 schools|other;a=the Education Cannot
    Wait fund]] were closed across the region at the end of the school year, affecting [[more than
    1.5 million children|civilians;a=the Education Cannot Wait fund]], according to the Education
    Cannot Wait fund. Burkina Faso's government says it has recruited [[some 90,000 civilian
    auxiliaries|combatants;a=Burkina Faso's government]] to fight alongside the army. Attacks killed
    [[at least 1,500 civilians|killed]] in the first half of the year.""",
)

item(
    "Child recruitment surges in eastern Congo, UNICEF warns",
    """UNICEF said on {{Friday}} that armed groups in North and South Kivu had recruited [[more than
    1,100 children|combatants;a=UNICEF]] in the first half of the year. UNICEF estimates [[between 3,000 and 5,000 children|combatants;a=UNICEF]] are
    still with armed groups. The UN verified the abduction
    of [[about 700 children|kidnapped;a=The UN]] in the same period. [[At least 470
    children|combatants]] were released from armed groups, many of them girls. Health partners
    recorded [[more than 10,000 cases|other;a=Health partners]] of sexual violence in {{January}}
    alone. UNICEF plans to support [[12,000 children|aid;p;a=UNICEF]] with reintegration programmes
    next year, at a cost of {{$28 million}}.""",
)

item(
    "Sweida fighting displaces tens of thousands, aid convoy enters",
    """[[More than 190,000 people|displaced;a=the International Organization for Migration]] have been
    displaced by fighting in Syria's Sweida province, the International Organization for Migration
    said. The Syrian Observatory for Human Rights says [[more than 1,000 people|killed;a=The Syrian
    Observatory for Human Rights]] have been killed since {{13 July}}. A convoy of [[32
    trucks|aid]] from the Syrian Arab Red Crescent entered the city on {{20 July}}. [[About 1,500
    Bedouin families|displaced;a=the government]] were evacuated from Sweida, the government said.
    Local groups say [[at least 70 people|kidnapped;a=Local groups]] abducted on both sides remain in
    captivity. [[More than 30 villages|other]] were partly burned or looted.""",
)

item(
    "Haiti plan ends year half funded",
    """The {{2024}} humanitarian response plan for Haiti received {{$345 million}}, or {{51 per
    cent}} of the {{$674 million}} requested, according to the Financial Tracking Service. The
    United States provided {{more than a third}} of the total. The {{2025}} appeal opened on {{4
    February}} with the {{first}} allocation of the country's pooled fund due in {{April}}. Flights
    into Port-au-Prince were suspended for {{three months}} after aircraft were hit by gunfire in
    {{November}}. The UN Humanitarian Air Service now runs the only regular link to the capital.""",
)

item(
    "Emergency fund allocates $110m to neglected crises",
    """The Central Emergency Response Fund on {{11 June}} set aside {{$110 million}} for
    underfunded emergencies, its {{second}} such allocation of the year. Sudan received {{$20
    million}}, the largest share, followed by Haiti and Mali at {{$8 million}} each. The allocation
    brings CERF's total for {{2025}} to {{$324 million}}, down {{15 per cent}} on the same point last
    year. Relief chief Tom Fletcher said in {{May}} that the system faced its deepest cut in {{three
    decades}}. Applications for the next round close on {{30 September}}.""",
)
