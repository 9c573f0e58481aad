"""dev399 items, part 2: 5 August 2024 and the weeks after it (police stations, reprisals,
minorities, jailbreaks, shelter in cantonments)."""

from _wrap import item

item(
    "Hasina resigns and flees Bangladesh as crowds storm her residence",
    """Sheikh Hasina resigned as prime minister of Bangladesh on Monday and fled to India in a
    military helicopter as [[hundreds of thousands of people|other]] marched on Dhaka in defiance
    of a curfew. Army chief General Waker-Uz-Zaman said in a televised address that an interim
    government would be formed. Crowds stormed Ganabhaban, the prime minister's residence, and
    carried off furniture, televisions and [[dozens of ducks|other;u=other]] from its pond. Prothom
    Alo, citing police and hospitals, reported [[at least 108 people|killed;a=Prothom Alo]] killed
    across the country on Monday. In Dhaka's Jatrabari, [[at least 52 people|killed;a=witnesses and
    doctors]] were shot dead near the police station before the resignation was announced, witnesses
    and doctors said. By evening, crowds had set fire to the Awami League's central office and to
    [[at least 12 ministers' homes|housing]]. In Uttara, [[about 400 people|injured;a=a doctor at
    the city's Kuwait-Bangladesh Friendship Government Hospital]] had sought treatment, a doctor at the
    city's Kuwait-Bangladesh Friendship Government Hospital said.""",
)

item(
    "Police say 44 officers killed, 450 stations attacked",
    """[[Forty-four police officers|killed;a=Police Headquarters]] were killed during the protests and
    the violence that followed the fall of the government, Police Headquarters said on Thursday, and
    [[more than 450 police stations|housing;u=structure;a=Police Headquarters]] were attacked, burned
    or looted. Attackers took [[5,829 firearms|other;a=the headquarters;alt=Police Headquarters]] and
    [[more than 600,000 rounds|other;a=the headquarters;alt=Police Headquarters]] of ammunition from
    stations and outposts, the headquarters said. The joint forces have since recovered
    [[3,912 of the firearms|other;n=firearms;a=officials]], while [[about 1,900|other;a=officials]] are still
    missing, officials said. [[More than 1,000 police|injured;a=the inspector general]] were
    injured, the inspector general told reporters, and [[about 460 police vehicles|other;a=the
    inspector general]] were burned. The police association called off its strike on the condition
    that those responsible for the killings of protesters be tried.""",
)

item(
    "626 people sheltered in cantonments after government's fall, army says",
    """[[A total of 626 people|displaced;a=the Inter-Services Public Relations (ISPR)]] took shelter
    in army cantonments in the days after {{August 5}}, the Inter-Services Public Relations (ISPR)
    said on Sunday, releasing the figures after days of speculation about who the army had
    protected. They included [[24 politicians|displaced;a=the ISPR]], [[five judges|displaced;a=the
    ISPR]], [[19 civil servants|displaced;a=the ISPR]] and [[515 police officers|displaced;a=the
    ISPR]], the ISPR said, along with [[51 family members|displaced;a=the ISPR]]. Most had since
    left, and [[193|displaced;a=the ISPR]] remained, it said. The army handed
    [[two former lawmakers|arrested;a=The army]] to police after arrest warrants were issued,
    the army said, and refused to name the others. "We gave shelter to anyone whose life was in
    danger," a military spokesman said at a briefing at Dhaka Cantonment.""",
)

item(
    "Minority group records 2,010 attacks after government's fall",
    """The Bangladesh Hindu Buddhist Christian Unity Council said on Tuesday it had recorded
    [[2,010 incidents|other;u=other;a=The Bangladesh Hindu Buddhist Christian Unity Council]] of
    attacks on religious minorities between {{August 4}} and {{August 20}}, in [[52 districts|other;a=The Bangladesh Hindu Buddhist Christian Unity Council]]. The council said [[69 temples|housing;u=structure;a=The
    council;alt=The Bangladesh Hindu Buddhist Christian Unity Council]] had been attacked and
    [[nine Hindus|killed;a=The council;alt=The Bangladesh Hindu Buddhist Christian Unity Council]]
    killed. It counted [[more than 900 homes|housing;a=The Bangladesh Hindu Buddhist Christian Unity Council]] and
    [[about 300 shops|housing;a=The Bangladesh Hindu Buddhist Christian Unity Council]] looted or burned. The interim government's press wing said police had looked into
    [[1,415 allegations|other;u=other;a=The interim government's press wing]] and found that
    [[1,254|other;u=other;a=The interim government's press wing]] were politically motivated
    attacks on Awami League supporters, many of whom were Hindu. Police said
    [[about 80 people|arrested;a=Police]] had been arrested.""",
)

item(
    "Hindu families sleep in paddy fields after homes torched in Lalmonirhat",
    """[[About 40 Hindu families|displaced;a=residents]] in Hatibandha, Lalmonirhat, spent {{two nights}}
    in paddy fields and a school after [[22 homes|housing;a=residents]] were set on fire, residents
    said. "They came with sticks and petrol at night and told us to leave for India," said Sabitri
    Rani, a {{61-year-old}} widow. Students from a local college and madrasa have since taken turns
    guarding the village's temples at night. The upazila administration said it had given rice, lentils
    and blankets to [[38 families|aid;a=The upazila administration]] and would send
    [[120 bundles|aid;p;a=The upazila administration]] of corrugated iron sheets for rebuilding. Police
    arrested [[four men|arrested;a=the officer in charge of Hatibandha police station]], the officer in
    charge of Hatibandha police station said. [[Two other families|displaced]] have moved in with
    relatives in Rangpur.""",
)

item(
    "Hundreds gather at Indian border as Bangladeshis try to flee",
    """[[Hundreds of Bangladeshis|displaced;a=the Border Security Force (BSF)]], most of them Hindus,
    gathered on the zero line in Cooch Behar's Sitalkuchi on Thursday trying to cross into India,
    the Border Security Force (BSF) said. In Jalpaiguri, [[more than 1,000 people|displaced;a=BSF
    officials]] massed at the fence, BSF officials said. Border Guard Bangladesh said it had persuaded
    [[about 600|returned;a=Border Guard Bangladesh]] of them to go back to their villages. The BSF
    said it had detained [[11 Bangladeshis|arrested;a=The BSF]] who crossed illegally and
    [[two brokers|arrested;a=The BSF]] who had charged them. India's home minister set up a committee
    to monitor the situation, and his ministry said [[about 4,000 BSF personnel|combatants;a=his
    ministry]] had been moved to the frontier. India's border with Bangladesh runs for {{4,096 km}}, much of it
    unfenced.""",
)

item(
    "Tight security for Durga Puja after attacks on temples",
    """Bangladesh will deploy [[more than 200,000 police, Ansar and army personnel|combatants;p;a=the
    home adviser]] for Durga Puja this month, the home adviser said on Sunday, after a year in which
    [[dozens of temples|housing;u=structure;a=the home adviser]] were attacked. The festival will be celebrated at
    [[about 32,000 mandaps|other;u=structure;p;a=the Bangladesh Puja Udjapan Parishad]], according to
    the Bangladesh Puja Udjapan Parishad. Police said they had recorded
    [[35 incidents|other;u=other;a=Police]] related to the puja since {{October 1}}, including
    [[at least 11 idols|other;u=other;a=Police]] vandalised, and had arrested
    [[17 people|arrested;a=Police]]. In Dhaka's Tantibazar, [[five people|injured]] were hurt when a
    petrol bomb was thrown at a pandal. A hotline staffed {{24 hours}} a day will take complaints.""",
)

item(
    "Over 2,200 inmates escaped in jailbreaks; hundreds still at large",
    """[[More than 2,200 inmates|other;a=the Department of Prisons]] escaped from
    [[five prisons|housing;u=structure;a=the Department of Prisons]] attacked after the fall of
    the government, the Department of Prisons said on Wednesday. In Sherpur,
    [[518 inmates|other]] walked out after a crowd set the district jail on fire, and in Satkhira
    [[596|other]] fled. At Kashimpur high-security prison near Gazipur, guards opened fire during an
    uprising, killing [[six inmates|killed;a=prison officials]], prison officials said. Of those who
    escaped, [[about 1,500|arrested;a=the department;alt=the Department of Prisons]] have
    returned or been recaptured, the department said, but [[some 700|other;a=the department;alt=the Department of Prisons]] remain at large, among them [[70 militants|other;a=the department;alt=the Department of Prisons]] and [[nine prisoners|other;a=the department;alt=the Department of Prisons]] on death row.""",
)

item(
    "Twenty-four die as crowd sets fire to Jashore hotel",
    """[[At least 24 people|killed;a=the fire service]] died when a crowd set fire to the Zabir
    International Hotel in Jashore on Monday evening, the fire service said, among them an Indonesian
    guest. The {{eight-storey}} hotel is owned by Shahin Chakladar, the district's Awami League general
    secretary. Firefighters recovered [[14 bodies|killed]] from the upper floors on Tuesday morning,
    and [[more than 80 people|injured;a=Jashore General Hospital]] were treated at Jashore General
    Hospital, the hospital said. Firefighters rescued [[about 30 guests|other]] by ladder from the
    roof, and the crowd burned [[17 vehicles|other]] parked outside. Police said no arrests had yet been made.""",
)

item(
    "Rights group counts reprisal killings of Awami League supporters",
    """[[At least 29 Awami League leaders and activists|killed;a=Ain o Salish Kendra (ASK);n=leaders
    and activists]] were killed in reprisal attacks in the {{two weeks}} after the government fell,
    Ain o Salish Kendra (ASK) said on Monday. The rights group said it had recorded attacks on
    [[more than 400 houses|housing;a=The rights group;alt=Ain o Salish Kendra (ASK)]] of party
    supporters and on [[about 120 party offices|housing;u=structure;a=The rights group;alt=Ain o Salish
    Kendra (ASK)]]. In Chandpur, police recovered the bodies of [[six people|killed]] from a
    burned party office. Many party leaders have gone into hiding, and the whereabouts of
    [[dozens of former lawmakers|missing]] have been unknown since {{August 5}}. ASK urged the interim government to stop "mob
    justice" and said [[no fewer than 15 people|killed;a=ASK]] had been beaten to death by crowds on
    suspicion of theft in the same period.""",
)

item(
    "Sufi shrines attacked across Bangladesh as hardliners grow bolder",
    """[[At least 80 shrines|housing;u=structure;a=a coalition of Sufi groups]] have been attacked,
    vandalised or burned since {{August 5}}, a coalition of Sufi groups said on Saturday, with
    [[about 40|housing;u=structure;a=a coalition of Sufi groups]] in Dhaka division alone. In
    Rajbari, a crowd dug up the body of a self-styled Sufi saint, burned it on a highway and attacked
    his followers, killing [[one man|killed;a=police]] and injuring [[about 50|injured;a=police]],
    police said. Police arrested [[22 people|arrested]] over the Rajbari attack and deployed
    [[several hundred officers|combatants;a=the district police superintendent]] at shrines in the
    district, the district police superintendent said. Baul singers said [[at least three festivals|other;u=other;a=Baul singers]] had been cancelled after threats.""",
)

item(
    "Four killed as violence flares in Chittagong Hill Tracts",
    """[[Four people|killed;a=the Inter-Services Public Relations (ISPR)]] were killed in clashes
    between Pahari and Bengali groups in Khagrachari and Rangamati, the Inter-Services Public
    Relations (ISPR) said on Saturday. In Dighinala, [[more than 100 shops|housing;a=residents]] and
    [[about 50 homes|housing;a=residents]] were burned, residents said. [[At least 75 people|injured]]
    were treated at Khagrachari and Rangamati district hospitals. [[Some 500 Pahari families|displaced;a=community
    leaders]] fled into the forests, community leaders said. The administration imposed {{Section 144}}
    in both towns, and the army said it had deployed [[about 1,000 additional troops|combatants;a=the army]].""",
)

item(
    "Most police stations reopen, but 187 officers still absent",
    """Police have resumed work at [[more than 600 police stations|other;u=structure;a=Inspector
    General of Police Md Mainul Islam]] across Bangladesh, Inspector General of Police Md Mainul Islam
    said on Tuesday, but [[187 officers|other;a=Inspector General of Police Md Mainul Islam]] have not reported for duty and will be treated as deserters. He said the force of
    [[about 210,000|combatants;a=Md Mainul Islam]] would be retrained and given new uniforms. The army has deployed
    [[about 60,000 troops|combatants;a=The army]] with magistracy powers, the army said. In the
    days when police stayed away, [[thousands of students|other]] directed traffic in Dhaka, and the
    government has since hired [[some 3,000 Ansar members|combatants;n=members]] to help. Officers who
    fled their stations on {{August 5}} described being hunted by crowds.""",
)

item(
    "Indian diplomats' families fly home as High Commission scales down",
    """[[A total of 190 non-essential staff and family members|returned;a=Indian officials;n=staff and
    family members]] of India's High Commission in Dhaka flew home on an Air India special flight,
    Indian officials said. Air India ran [[two special flights|other;a=the airline;alt=Air India]] from Dhaka on
    Wednesday, carrying [[205 passengers|returned;a=the airline;alt=Air India]], the airline said. The High Commission
    said [[about 9,000 Indian students|civilians;a=The High Commission;alt=India's High Commission in Dhaka]] were still in Bangladesh and
    that [[about 19,000 Indian nationals|civilians;a=The High Commission;alt=India's High Commission in Dhaka]] lived there in all. Its
    consulates in Chattogram, Rajshahi, Sylhet and Khulna remained open. Visa centres stayed closed for
    {{a week}}, and [[about 400 Indian truck drivers|displaced]] were stranded at Benapole waiting to
    cross back.""",
)

item(
    "Ahmadiyya homes attacked in Panchagarh",
    """Attackers set fire to [[about 40 Ahmadiyya homes|housing;a=community members]] in Panchagarh's
    Ahmednagar on Monday night, community members said, and [[12 families|displaced;a=community
    members]] fled to relatives in Dinajpur and Thakurgaon. The Ahmadiyya Muslim Jamaat said
    [[16 people|injured;a=The Ahmadiyya Muslim Jamaat]] were hurt, [[three|injured;a=The Ahmadiyya
    Muslim Jamaat]] of them seriously. The community's mosque and a school were also damaged, and
    [[about 100 members|displaced]] now sleep in the mosque compound. Police said
    [[two suspects|arrested;a=Police]] had been held.""",
)

item(
    "Hasina's last hours in power: a timeline",
    """{{10am}}: crowds gather at Shahbagh and Jatrabari as the curfew enters its {{second}} day. {{Noon}}:
    army chief General Waker-Uz-Zaman tells the prime minister the army cannot stop the march. {{1pm}}:
    Hasina, {{76}}, asks to record a speech and is refused. {{2.30pm}}: a military helicopter takes
    off from Ganabhaban. {{4pm}}: the army chief addresses the nation. {{5.36pm}}: her plane lands at
    Hindon air base outside Delhi. She had ruled since {{2009}}, after an earlier term from {{1996}} to
    {{2001}}, making her the country's longest-serving leader at {{20 years}} in office.""",
)

item(
    "Yunus sworn in as head of interim government",
    """Muhammad Yunus, the {{84-year-old}} Nobel peace laureate, was sworn in as chief adviser of
    Bangladesh's interim government on {{August 8}}, {{three days}} after Sheikh Hasina fled. He flew
    in from Paris, where he had been for the Olympics, and landed at {{2.10pm}}. Yunus won the Nobel
    in {{2006}} for Grameen Bank, which he founded in {{1983}}. Inflation stood at {{11.7 percent}} in
    July, the highest in more than {{a decade}}, and the taka had lost nearly {{30 percent}} of its
    value against the dollar since {{2022}}. The swearing-in at Bangabhaban lasted {{about 40
    minutes}}.""",
)
