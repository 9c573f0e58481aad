"""South, South-East and East Asia: returns and deportations counted at both ends, prisoners
counted by monitors and juntas, relief camps, crowds counted by organisers and police, and the
tolls of protests and raids (20 items with figures, 2 without)."""

from _wrap import item

item(
    "Afghans leave Pakistan as deadline passes; two governments, two counts",
    """Pakistan's interior ministry said [[more than 541,000 Afghans|returned;a=Pakistan's interior
    ministry]] had left the country since it ordered undocumented foreigners out in {{October}}. The
    Taliban's refugee ministry put the number of returnees at [[over 600,000|returned;a=The
    Taliban's refugee ministry]]. At the Torkham crossing, [[some 20,000 people a
    day|returned;a=Afghan border officials]] were arriving at the peak, according to Afghan border
    officials.""",
)

item(
    "IOM counts record deportations of Afghans from Iran",
    """[[About 1.5 million Afghans|returned;a=the International Organization for Migration]] have
    returned or been deported from Iran since {{January}}, the International Organization for
    Migration said, more than half of them in {{June}} and {{July}}. Iranian officials have said
    they intend to expel [[up to 2 million undocumented Afghans|returned;p;a=Iranian officials]] by
    the end of the year. The IOM said it had helped [[about 160,000 returnees|aid;a=The IOM]] with
    cash and transport at the Islam Qala crossing.""",
    ["half"],
)

item(
    "Myanmar amnesty: junta frees thousands, monitor says most political prisoners still held",
    """YANGON (AP) - Myanmar's military government said it had pardoned [[5,864
    prisoners|arrested;a=Myanmar's military government]] to mark Independence Day, including [[114
    foreigners|arrested;a=Myanmar's military government]] who would be deported. The Assistance
    Association for Political Prisoners, which tracks arrests since the {{2021}} coup, said [[more
    than 21,000 people|arrested;a=The Assistance Association for Political Prisoners]] remained in
    detention. It said only [[several dozen|arrested;a=The Assistance Association for Political
    Prisoners]] of those freed were political prisoners.""",
)

item(
    "Arakan Army says hundreds of junta troops surrendered in Rakhine",
    """The Arakan Army said it had captured [[more than 300 soldiers|arrested;a=The Arakan Army]],
    including [[two brigadier generals|arrested;a=The Arakan Army]], when it took the junta's
    western regional command in Ann. The military did not comment. The UN says [[some 600,000
    Rohingya|civilians;a=The UN]] remain in Rakhine state, many of them caught between the two
    sides.""",
)

item(
    "Bangladesh says tens of thousands of Rohingya crossed in recent months",
    """COX'S BAZAR, Bangladesh (Reuters) - Bangladesh's refugee relief commissioner, Mohammed
    Mizanur Rahman, said [[about 60,000 Rohingya|displaced;a=Mohammed Mizanur
    Rahman;alt=Bangladesh's refugee relief commissioner]] had arrived from Myanmar since
    {{November}}, most of them bribing their way past border guards. UNHCR said it had registered
    [[over 40,000 new arrivals|displaced;a=UNHCR]], who are living with relatives in the [[33
    camps|capacity]] of Cox's Bazar.""",
)

item(
    "Manipur relief camps still full, state government says",
    """IMPHAL, India (PTI) - The Manipur government told the Supreme Court that [[59,564
    people|displaced;a=The Manipur government]] were living in [[349 relief camps|capacity;a=The
    Manipur government]] across the state. It said [[4,786 houses|housing;a=The Manipur government]]
    and [[386 religious structures|housing;a=The Manipur government]] had been burned or vandalised
    since ethnic clashes began in {{May 2023}}. A Kuki-Zo tribal forum puts the number of displaced
    Kuki-Zo people alone at [[more than 40,000|displaced;a=A Kuki-Zo tribal forum]].""",
)

item(
    "Kurram convoy reaches Parachinar after months-long blockade",
    """PESHAWAR (Reuters) - A convoy of [[80 trucks|aid;a=the provincial government]] carrying food
    and medicine reached Parachinar on Saturday, the provincial government said, the first since the
    main road was closed in {{October}}. Local elders said [[more than 300
    families|displaced;a=Local elders]] had left the district during the blockade, and that [[over
    100 children|killed;a=Local elders]] had died for lack of medicine, a figure officials dispute.
    The road is guarded by [[about 400 police|combatants;a=officials]], officials said.""",
)

item(
    "Philippine drug war: police count and rights groups' estimate",
    """MANILA (AFP) - The Philippine National Police says [[6,252 drug suspects|killed;a=The
    Philippine National Police]] were killed in its anti-narcotics operations under former president
    Rodrigo Duterte. Rights groups say the real toll, including killings by unidentified gunmen, may
    be [[as high as 30,000|killed;a=Rights groups;q=at_most]]. The International Criminal Court's
    prosecutors cite [[at least 12,000|killed;a=The International Criminal Court's prosecutors]] in
    their case.""",
)

item(
    "Marawi families still in shelters, agency says",
    """[[About 17,000 families|displaced;a=Task Force Bangon Marawi]] remain in transitional
    shelters or with relatives {{five years}} after the siege of Marawi, Task Force Bangon Marawi
    said on Monday. The agency said it had built [[2,400 shelters|capacity;a=The agency;alt=Task
    Force Bangon Marawi]] and that [[about 1,500 more|capacity;p;n=-;u=structure;a=The
    agency;alt=Task Force Bangon Marawi]] would be finished next year. The siege forced [[some
    360,000 people|displaced]] from the city in {{2017}}.""",
)

item(
    "Papua rebels say they hold workers; police give different numbers",
    """JAYAPURA, Indonesia (Reuters) - The West Papua National Liberation Army said in a statement
    it was holding [[five construction workers|kidnapped;a=The West Papua National Liberation Army]]
    seized at a bridge project in Nduga. Papua police spokesman Ignatius Benny Adi Prabowo said [[15
    workers|kidnapped;a=Ignatius Benny Adi Prabowo;alt=Papua police spokesman Ignatius Benny Adi
    Prabowo]] had been at the site, that [[six|kidnapped;a=Ignatius Benny Adi Prabowo;alt=Papua
    police spokesman Ignatius Benny Adi Prabowo]] had been rescued by soldiers, and that
    [[four|missing;a=Ignatius Benny Adi Prabowo;alt=Papua police spokesman Ignatius Benny Adi
    Prabowo]] were unaccounted for.""",
)

item(
    "Colombo protest: organisers and police disagree on size",
    """Organisers said [[more than 100,000 people|other;a=Organisers]] joined Saturday's protest
    outside the president's office in Colombo, while police estimated the crowd at [[about
    20,000|other;a=police]]. A spokesman for Colombo National Hospital said [[62 people|injured;a=A
    spokesman for Colombo National Hospital]] were treated, including [[11 police
    officers|injured;a=A spokesman for Colombo National Hospital]].""",
)

item(
    "Hong Kong march: organisers say 2 million, police say 338,000",
    """HONG KONG (Reuters) - The Civil Human Rights Front, which organised Sunday's march against
    the extradition bill, said [[almost 2 million people|other;a=The Civil Human Rights Front]] took
    part. Police said [[338,000|other;a=Police]] had been on the designated route at the peak. The
    Hospital Authority said [[16 people|injured;a=The Hospital Authority]] were taken to hospital,
    none of them seriously hurt.""",
)

item(
    "UN report puts Bangladesh uprising toll at up to 1,400",
    """A report by the UN human rights office said [[as many as 1,400 people|killed;a=the UN human
    rights office;alt=A report by the UN human rights office]] may have been killed during the
    protests that toppled Prime Minister Sheikh Hasina in {{July}} and {{August 2024}}, {{12 to 13
    percent}} of them children. The interim government's health adviser had put the toll at [[more
    than 1,000|killed;a=The interim government's health adviser]]. The report said [[more than
    11,700 people|arrested;a=The report;alt=the UN human rights office]] were arrested.""",
)

item(
    "Nepal jailbreaks: prison department says thousands still at large",
    """KATHMANDU (AFP) - [[More than 13,000 prisoners|other;a=Nepal's prison management department]]
    escaped from jails across the country during {{two days}} of unrest, Nepal's prison management
    department said, and [[about 5,000|arrested;a=Nepal's prison management department]] had since
    been recaptured or returned voluntarily. Police said [[19 protesters|killed;a=Police]] were
    killed in Kathmandu on the first day of the protests against a ban on social media.""",
)

item(
    "Pakistan says Indian jets downed; India cites strikes on militant camps",
    """ISLAMABAD/NEW DELHI (Reuters) - Pakistan's military spokesman said [[five Indian fighter
    jets|other;u=other;a=Pakistan's military spokesman]] had been shot down, a claim India did not
    confirm. Indian officials said strikes on [[nine sites|other;a=Indian officials]] in Pakistan
    and Pakistani Kashmir had killed [[about 100 militants|killed;a=Indian officials]]. Pakistan
    said [[31 civilians|killed;a=Pakistan]] died.""",
)

item(
    "Thailand and Cambodia count evacuees as border fighting spreads",
    """Thailand's health ministry said [[more than 138,000 people|displaced;a=Thailand's health
    ministry]] had been evacuated from border provinces, and that [[14 Thai
    civilians|killed;a=Thailand's health ministry]] had been killed. Cambodia's defence ministry
    spokeswoman, Maly Socheata, said [[over 35,000 Cambodians|displaced;a=Maly
    Socheata;alt=Cambodia's defence ministry spokeswoman]] had fled to safer areas. She said [[1,100
    soldiers|combatants;a=Maly Socheata;alt=Cambodia's defence ministry spokeswoman]] had been moved
    to the border to reinforce positions.""",
)

item(
    "Myanmar quake damage: junta and UN figures",
    """NAYPYITAW (AFP) - Myanmar's junta said [[more than 5,200 buildings|housing;a=Myanmar's
    junta]] were destroyed or damaged in the earthquake. The UN humanitarian office, citing partners
    on the ground, said [[about 48,000 homes|housing;a=The UN humanitarian office;alt=partners on
    the ground]] had been damaged in Sagaing and Mandalay alone, leaving [[tens of thousands of
    people|displaced;a=The UN humanitarian office;alt=partners on the ground]] sleeping in the open.
    The quake measured {{7.7}}.""",
)

item(
    "Bangladesh to send back Myanmar border guards who fled fighting",
    """DHAKA (Reuters) - Bangladesh will send [[330 Myanmar border guards and
    soldiers|returned;p;n=border guards and soldiers;a=Bangladesh's foreign minister]] back across
    the Bay of Bengal on Thursday, Bangladesh's foreign minister said. They fled across the border
    over the past {{week}} as the Arakan Army overran their posts. A Bangladeshi border guard
    official said [[about 65 Bangladeshi nationals|returned;p;a=A Bangladeshi border guard
    official]] held in Myanmar jails would be brought home on the same ship.""",
)

item(
    "Wamena riots: police toll and flights out",
    """JAYAPURA (AP) - Police said [[33 people|killed;a=Police]] died in riots in Wamena, most of
    them migrants from other parts of Indonesia. A military spokesman, Eko Daryanto, said [[more
    than 8,000 people|displaced;a=Eko Daryanto;alt=A military spokesman]] were sheltering at police
    and military posts and that [[some 16,000|displaced;a=Eko Daryanto;alt=A military spokesman]]
    had left the town on [[dozens of military flights|other;a=Eko Daryanto;alt=A military
    spokesman]]. Papuan activists said the toll was higher.""",
)

item(
    "Afghanistan quake: Taliban and WHO counts",
    """The Taliban administration said [[more than 6,700 homes|housing;a=The Taliban
    administration]] were destroyed in the earthquake in Kunar province. The World Health
    Organization said its teams had treated [[about 3,600 injured|injured;a=The World Health
    Organization]] and that [[nine clinics|housing;a=The World Health Organization]] were damaged.
    Aid groups said [[12,000 people|aid;a=Aid groups]] had received tents and food.""",
)

item(
    "Japan raises defence spending to record",
    """TOKYO (Reuters) - Japan's cabinet approved a defence budget of {{8.7 trillion yen}} for the
    fiscal year starting {{April 1}}, up {{9.4%}}, as part of a {{five-year}} plan to raise spending
    to {{2%}} of GDP by {{2027}}. About {{1.1 trillion yen}} will go to long-range missiles, the
    ministry said.""",
)

item(
    "India's census delayed again",
    """NEW DELHI (PTI) - India's census, last held in {{2011}} and due in {{2021}}, will now begin
    on {{March 1, 2027}}, the home ministry said, with snow-bound areas counted from {{October 1,
    2026}}. The exercise will cost about {{13,000 crore rupees}}. It will be the first since
    {{1931}} to count caste.""",
)
