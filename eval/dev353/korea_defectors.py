"""Defectors arriving in the South and those sent back, abductees, separated families and the
people the North detains (dev353)."""

from _wrap import item

item(
    "Defector arrivals in South Korea edge up again, ministry says",
    """[[236 North Korean defectors|displaced;a=Seoul's unification ministry]] arrived in
    South Korea in {{2024}}, Seoul's unification ministry said on Thursday, up from
    [[196|displaced;a=Seoul's unification ministry]] a year earlier. Arrivals had collapsed to
    [[63|displaced]] in {{2021}} and [[67|displaced]] in {{2022}} after Pyongyang sealed its
    border during the pandemic. Women made up {{84%}} of last year's arrivals, the ministry said.
    [[Ten of the new arrivals|displaced;a=the ministry;alt=Seoul's unification ministry]] had
    worked abroad as diplomats, trade officials or overseas labourers, the ministry added. The
    number of defectors who have settled in the South since the {{1990s}} now stands at
    [[about 34,300|displaced;a=the ministry;alt=Seoul's unification ministry]], according to the
    ministry. Another [[1,000 or so defectors|displaced;q=approx;a=officials]] are thought to be hiding in China, officials said.""",
)

item(
    "China sends back hundreds of North Koreans after Asian Games, rights groups say",
    """Chinese authorities forcibly returned [[as many as 600 North Koreans|returned;a=Human
    Rights Watch]] to their homeland on the night of {{October 9}}, Human Rights Watch said,
    in what activists called the largest single repatriation in years. Most of those sent back
    were women, the group said. A Seoul-based monitor, the Transitional Justice Working Group,
    put the number at [[about 500|returned;a=the Transitional Justice Working Group]] and said
    they were driven across the Yalu river in [[at least 30 buses|other;a=the Transitional
    Justice Working Group]] from detention centres in Jilin and Liaoning. [[Some 2,000 North
    Koreans|arrested;a=Activists]] are still held in Chinese jails and detention centres,
    Activists estimate. Beijing treats them as illegal economic migrants rather than refugees.
    South Korea's foreign ministry said [[dozens of defectors|arrested;a=South Korea's foreign
    ministry]] had been caught near the border since the pandemic ended. Those returned face interrogation and often years in labour camps; a {{2014}} UN
    commission of inquiry found that returnees were routinely tortured. [[At least 70 children|returned;a=the group]] born to North Korean mothers in China were separated from their families, the group said.""",
)

item(
    "Soldier walks across the DMZ to defect, military says",
    """A North Korean soldier crossed the military demarcation line in the central sector
    on Tuesday morning and was taken into custody by South Korean troops, the Joint Chiefs of
    Staff said. The man, a staff sergeant in his {{20s}}, told interrogators he wanted to
    defect. South Korean guards tracked him for about {{an hour}} using thermal cameras before
    [[a team of about 20 soldiers|combatants;a=the Joint Chiefs of Staff;q=approx;v=20]] was sent
    to guide him south, the Joint Chiefs of Staff said. [[Four North Koreans|displaced;a=The
    military;alt=the Joint Chiefs of Staff]] have now come directly across the land border since
    {{2022}}, The military said, [[three of them|displaced;n=-;a=The military;alt=the Joint Chiefs of Staff]] serving soldiers. Last month a
    civilian swam across the Han River estuary to Gyodong island. Across the line, the North
    has deployed [[thousands of troops|combatants;a=officials]] to lay mines and build walls,
    officials said. [[Two more soldiers|other;a=the JCS;alt=the Joint Chiefs of Staff]] had tried to cross in {{August}} but turned back under fire, the JCS said.""",
)

item(
    "Family of nine reaches South by wooden boat",
    """[[Nine North Koreans|displaced;a=the Coast Guard]], including women and children,
    crossed the western sea border in a small wooden boat and were picked up by a South Korean
    patrol vessel off Yeonpyeong island, the Coast Guard said on Thursday. Officials said the
    group was made up of [[two families|displaced;a=Officials]] related by marriage. It was the first
    seaborne defection of an entire family since {{2017}}. In {{October}}, [[four more
    people|displaced;a=the unification ministry]] reached the east coast town of Sokcho in a
    {{7.5-metre}} boat, the unification ministry said. [[More than 30 vessels|other;a=Military
    officials]] had been spotted drifting near the sea border over the summer, Military officials
    said, most of them fishing boats. Seoul sent [[two fishermen|returned;a=investigators]] back across the line
    in {{2019}} after concluding they had killed [[16 fellow crew members|killed;a=investigators]],
    investigators said, a decision later ruled unlawful.""",
)

item(
    "Tearful reunions at Mount Kumgang as separated families meet",
    """[[Eighty-nine elderly South Koreans|other;a=the Korean Red Cross]] crossed into the
    North on Monday for {{three days}} of reunions with relatives they have not seen since the
    {{1950-53}} war, the Korean Red Cross said. They were accompanied by [[about 100 family
    members|other]], many of them in wheelchairs. The oldest participant is {{101}}. Of the
    [[133,000 South Koreans|civilians;a=The Red Cross;alt=the Korean Red Cross]] who have applied
    to take part since {{1988}}, [[fewer than 57,000|civilians;a=The Red Cross;alt=the Korean
    Red Cross]] are still alive, The Red Cross says. A second round will bring [[83 North
    Koreans|other;p;a=officials]] together with their southern kin later in the week, officials
    said. Critics say the lottery leaves [[tens of thousands of people|civilians;a=Critics]] without any
    chance of seeing their relatives again. [[Some 20 doctors and nurses|other;a=the Red Cross;alt=the Korean Red Cross]] travelled with the group, the Red Cross said.""",
)

item(
    "Tokyo presses Pyongyang on abductees as families age",
    """Japan officially recognises [[17 citizens|kidnapped;a=Japan]] as having been abducted by
    North Korean agents in the {{1970s}} and {{1980s}}, and [[five|returned;n=-]] came home
    in {{2002}}. Pyongyang says [[eight|killed;n=-;a=Pyongyang]] have died and the rest never
    entered the country. Tokyo says [[12 abductees|kidnapped;a=Tokyo]] remain unaccounted for and
    suspects the real number is far higher: police list [[about 870 people|missing;a=police]]
    whose disappearance may be linked to the North. Sakie Yokota, the mother of Megumi, who
    was taken at {{13}}, is now {{88}}. The prime minister told parliament he wanted a summit
    with Kim Jong Un {{as soon as possible}}.""",
)

item(
    "Seoul marks anniversary of detention of missionaries held in North",
    """[[Six South Koreans|arrested;a=the unification ministry]] are being held in the North,
    the unification ministry said on Monday, including [[three missionaries|arrested;a=the unification ministry]] detained
    in {{2013}} and {{2014}}. The ministry also counts [[516 South Koreans|kidnapped;a=The
    ministry;alt=the unification ministry]] abducted after the armistice, most of them
    fishermen seized at sea, who have never come home. Families of [[about 100,000
    people|missing;a=relatives' associations]] taken north during the war itself are still
    seeking news, relatives' associations say. Pyongyang has never acknowledged holding any of
    them. The missionary Kim Jung-wook, now in his {{60s}}, was sentenced to hard labour for
    life. Seoul says [[about 80,000 South Korean prisoners of war|missing;a=Seoul]] were never returned after the armistice. [[Three of the six detainees|kidnapped;n=detainees]] were seized in China and taken across the border.""",
)

item(
    "Hanawon centre to expand as arrivals recover",
    """The government's resettlement centre for defectors, Hanawon, in Anseong, can house
    [[up to 750 trainees|capacity;a=the unification ministry]] at a time, the unification
    ministry said, and a branch in Hwacheon adds [[another 250 places|capacity;a=the unification ministry]]. New
    arrivals spend {{12 weeks}} there learning about South Korean life. The ministry plans to
    build [[two regional centres|capacity;p;a=The ministry;alt=the unification ministry]] by
    {{2027}}. During the border closure [[fewer than 100 people|displaced;a=staff]] passed
    through the centre in a whole year, staff said. [[About 120 defectors|displaced;a=a
    spokesman]] are currently enrolled, a spokesman said, along with [[14 children|displaced;a=a spokesman]]
    in a separate programme.""",
)

item(
    "Dozens of defectors have gone back North since 2012, data show",
    """[[At least 31 defectors|returned;a=the unification ministry]] have returned to North
    Korea since {{2012}}, according to the unification ministry, a figure activists say
    understates the number who slipped back through China. In the most recent case, a man in
    his {{30s}} climbed over fences at Goseong on the east coast. [[Five|returned;n=-]] later
    appeared on North Korean state television denouncing the South. Researchers at the Korea
    Institute for National Unification say {{one in five}} defectors has considered
    going back. [[Around 400 defectors|other;a=the ministry]] are in prison in the South for
    crimes, the ministry said, and [[more than 1,000|civilians;n=-;a=the ministry]] live abroad after
    re-settling in Britain or Canada. [[Two defectors|kidnapped;a=the police]] were lured to China and abducted by agents in {{2017}}, the police said, and [[another 3|missing;n=-]] have not been heard from since.""",
)

item(
    "North Koreans held in Laos after trek through China",
    """Police in northern Laos detained [[19 North Koreans|arrested;a=rights groups]],
    including [[seven children|arrested;a=rights groups]], near the border with China, rights groups said on
    Friday. The group had travelled some {{3,000 km}} from the Yalu river with the help of
    brokers, who charge about {{$15,000}} a head. South Korea's embassy in Vientiane said it
    was seeking access to [[all 19|arrested;n=-;a=South Korea's embassy in Vientiane]]. In
    {{2013}} Laos deported [[nine young defectors|returned]] to China, which sent them on to
    Pyongyang. [[Dozens of brokers|arrested;a=Activists]] have been arrested on the Chinese
    side since {{2020}}, Activists said. [[About 60 North Koreans|displaced;a=aid workers]] pass through Laos to Thailand in a typical year, aid workers say, and Thai shelters can take [[up to 100 people|capacity;a=aid workers]] at a time.""",
)

item(
    "Diplomat in Cuba among elite defectors last year",
    """A counsellor at North Korea's embassy in Havana, Ri Il-gyu, {{52}}, defected to the
    South in {{November}}, the NIS confirmed. He was one of [[about 10 diplomats and
    officials|displaced;a=the NIS;n=diplomats and officials]] posted abroad who defected in
    {{2023}}, the agency said. Lawmakers briefed by the spy agency said [[at least 2,000 North
    Korean workers|civilians;a=Lawmakers]] were still in Russia despite UN sanctions. [[Two
    IT workers|displaced]] in Southeast Asia and [[a dozen restaurant staff|displaced]] in
    China also fled. The NIS counts [[around 12,000 North Korean workers|civilians;a=The
    NIS]] still in China. [[Three families|displaced;a=the NIS]] of diplomats came with them, the NIS said. [[Between 20 and 30 officials|returned]] were recalled to Pyongyang after the defections.""",
)

item(
    "Workers slip away from Russian building sites",
    """[[At least 10 North Korean labourers|displaced;a=South Korean officials]] have
    escaped from building sites in Russia's Far East since the start of the year and reached
    Seoul, South Korean officials said. Pyongyang has sent [[more than 13,000
    workers|civilians;a=The NIS]] to Russia since {{2023}}, The NIS estimates, many of them
    on student visas. [[Several hundred|civilians;n=-;a=the agency]] more are expected this
    summer to work on farms and in fish-processing plants, the agency said, despite UN
    Security Council {{Resolution 2397}} ordering all such workers home. [[Three men|arrested;a=a
    Russian rights lawyer]] who tried to flee were detained by Russian police in Vladivostok,
    a Russian rights lawyer said. Workers typically keep about {{10 percent}} of their wages. [[About 200 workers|returned;a=Russian media]] were sent home in {{March}} after a visa check, Russian media reported. [[Two labourers|killed;a=the lawyer]] died in a fall on a site in Khabarovsk, the lawyer said.""",
)

item(
    "Defector author's memoir tops bestseller lists",
    """A memoir by a {{34-year-old}} defector who crossed the Tumen river at {{16}} has spent
    {{11 weeks}} at the top of South Korea's bestseller lists. The book, first published in
    {{2023}}, has been translated into {{14 languages}}. Its author spent {{two years}} hiding in
    China before reaching Seoul in {{2014}}, and now studies law at a university in the
    capital. Her publisher said it had printed a {{12th}} edition and advance rights had sold
    for {{$450,000}}.""",
)

item(
    "Defector settlement grants rise for first time in five years",
    """The unification ministry will raise the basic settlement grant for North Korean
    defectors to {{10 million won}} from {{9 million won}} in {{2025}}, an increase of about
    {{11%}}. Housing subsidies rise to {{16 million won}}. The ministry said {{July 14}} would be
    marked each year as Defectors' Day from {{2024}}. Unemployment among defectors stood at
    {{6.1 percent}} last year against {{2.7%}} for the wider population, a survey found, and
    monthly wages averaged {{2.45 million won}}.""",
)

item(
    "Separated families' registry shrinks as applicants die",
    """Only [[36,000 applicants|civilians;a=the unification ministry]] on South Korea's
    register of separated families were alive at the end of last month, the unification
    ministry said, and {{two thirds}} of them are over {{80}}. No reunion has been held since
    {{2018}}, when [[833 people|other;a=officials]] met relatives over two rounds, officials
    said. The ministry plans to record video letters from [[another 2,000 people|other;p;a=The
    ministry;alt=the unification ministry]] this year. [[Some 20,000 videos|other;u=other]] have
    been made since {{2005}}. In the North, [[hundreds of people|civilians]] are thought to be
    on a similar list.""",
)

item(
    "Japanese abductee families plead with Trump",
    """Relatives of Japanese citizens abducted by North Korea met the US president in Tokyo
    and asked for help to bring home the [[12 victims|kidnapped;a=Tokyo]] Tokyo says are still
    held. Of [[the 17|kidnapped;n=-]] Japan officially recognises, only [[five|returned;n=-]]
    have returned. The families' association said it believed [[dozens more|kidnapped;n=-;a=The
    families' association]] were taken. Megumi Yokota's brother, {{56}}, handed over a letter.
    The abductions took place over {{six years}} from {{1977}}. A South Korean group says [[between 100 and 200 South Korean abductees|kidnapped;a=A South Korean group]] are still alive in the North. [[Some 80 families|other;a=the association]] of South Korean abductees have joined the campaign, the association said.""",
)
