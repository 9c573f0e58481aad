"""Asia and the Americas as the feeds deliver them: sectarian and ethnic clashes, airstrikes,
offensives, crackdowns on protests and cartel violence, with the pages' furniture (8 articles
with figures)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "Kurram death toll rises to 82 as clashes continue for third day",
    """Published {{November 23, 2024}} Updated about {{4 hours ago}}

    PARACHINAR: The death toll from Thursday's attack on a passenger convoy in Kurram and the
    sectarian clashes that followed rose to [[82|killed;a=officials]] on Saturday, officials
    said, as gunfights raged in several villages for a third day.

    A senior police official in Parachinar said [[156 people|injured;a=A senior police
    official]] had been injured since gunmen fired on the convoy of
    [[about 200 vehicles|other;a=A senior police official]] near Bagan, killing
    [[42 passengers|killed;a=A senior police official]], among them women and children.

    Header image: Relatives mourn victims of the convoy attack during a funeral in Parachinar on
    Friday. — AFP

    Residents said [[between 300 and 400 families|displaced;a=Residents]] had fled Bagan and nearby
    Alizai for Hangu and Peshawar. The district administration said
    [[more than 100 shops|housing;a=The district administration]] and
    [[at least 50 houses|housing;a=The district administration]] had been set on fire in Bagan
    bazaar on Friday night.

    Mobile internet has been suspended across the district since Thursday and the main
    Thall-Parachinar road remains closed, leaving Parachinar short of food and medicine.

    Deputy Commissioner Javedullah Mehsud said
    [[some 1,000 police and Frontier Corps personnel|combatants;n=police and Frontier Corps
    personnel;a=Deputy Commissioner Javedullah Mehsud]] had been deployed to separate the two
    sides. A provincial delegation flown in by helicopter announced a {{seven-day}} ceasefire,
    which elders said was not holding, and compensation of {{Rs10 million}} for the family of
    each person killed.

    Published in Dawn, {{November 24th, 2024}}""",
    LINE,
)

item(
    "Junta airstrike on Ramree fishing village kills 41, residents say",
    """By The Irrawaddy {{9 January 2025}}

    A junta fighter jet bombed a fishing village on Ramree Island in Rakhine State on Wednesday
    afternoon, killing [[at least 41 civilians|killed;a=residents and the Arakan Army (AA)]]
    and injuring [[52|injured;a=residents and the Arakan Army (AA)]], residents and the Arakan
    Army (AA) said.

    The bombs set fire to [[more than 500 houses|housing;a=a resident]] in Kyauk Ni Maw
    village, said a resident who helped carry the wounded to a clinic in the next village.
    "The whole ward was burning, and we could not reach the people trapped inside," he said.

    Residents search the ruins of their homes in Kyauk Ni Maw on Thursday. / Supplied

    [[More than 20 people|missing;a=the AA's information department]] remain missing, according
    to the AA's information department. [[About 1,500 villagers|displaced]] have fled to
    monasteries and to relatives elsewhere on the island.

    The junta has not commented. Its spokesman has previously said the military targets only
    "terrorist" positions.

    The AA has seized [[14|other;u=other]] of Rakhine's [[17 townships|other;u=other]] since
    launching an offensive in {{November 2023}}, and the junta has answered with airstrikes and
    a blockade of food and fuel into the state.

    [[Nearly 3.5 million people|displaced;a=the UN refugee agency]] are displaced across
    Myanmar, according to the UN refugee agency.

    Related: Junta airstrikes {{kill 12}} in Sagaing monastery""",
    BLANK,
)

item(
    "Manipur violence: death toll rises to 60, says Chief Minister",
    """Updated - {{May 08, 2023 10:12 pm IST}} - IMPHAL

    [[At least 60 people|killed;a=Chief Minister Biren Singh]] have been killed and
    [[231|injured;a=Chief Minister Biren Singh]] injured in the ethnic violence that broke out in
    Manipur on {{May 3}}, Chief Minister Biren Singh said on Monday, adding that
    [[1,700 houses|housing;a=Chief Minister Biren Singh]] had been burnt. Mr. Singh appealed to
    people to maintain peace and not to spread rumours.

    The Army said in a statement that [[about 23,000 people|displaced;a=The Army]] had been
    rescued and moved to military cantonments and relief camps, and that
    [[nearly 10,000 soldiers and paramilitary personnel|combatants;n=soldiers and paramilitary
    personnel;a=The Army]] were now deployed in the State.

    Some of [[the 1,100 people|displaced]] sheltering at a relief camp in Churachandpur wait for
    food on Sunday. Photo Credit: PTI

    The State government said [[35,655 people|displaced;a=The State government]] were staying in
    [[178 relief camps|capacity;a=The State government]] across the State. In Assam, officials
    in Cachar district said [[more than 1,000 people|displaced;a=officials in Cachar district]]
    had crossed over from Manipur's Jiribam since Thursday.

    Related Topics: Manipur / ethnic issues / unrest, conflicts and war

    COMMENTS

    Copyright© {{2023}}, THG PUBLISHING PVT LTD. or its affiliated companies. All rights
    reserved.""",
    LINE,
)

item(
    "Over 3,000 families flee as soldiers, Dawlah Islamiyah clash in Maguindanao del Sur",
    """Published {{4:10 PM, March 19, 2023}}

    Summary

    This is AI generated summarization, which may have errors. For context, always refer to the
    full article.

    [[Over 3,000 families|displaced]] flee fighting between soldiers and the Dawlah Islamiyah in
    Maguindanao del Sur.

    COTABATO, Philippines – [[More than 3,000 families|displaced;a=the provincial disaster risk
    reduction office]] have fled their homes in [[four towns|other;u=other;a=the provincial
    disaster risk reduction office]] of Maguindanao del Sur since soldiers launched an offensive
    against the Dawlah Islamiyah, a pro-Islamic State group, the provincial disaster risk
    reduction office said on Sunday.

    The evacuees are staying in [[14 evacuation centers|capacity]], mostly public schools, and
    with relatives in Datu Hoffer and Shariff Aguak.

    John Paul Baldomar, spokesman of the army's {{6th Infantry Division}}, said troops had killed
    [[11 militants|killed;a=John Paul Baldomar]], including a bomb maker, and recovered
    [[nine high-powered firearms|other;a=John Paul Baldomar]] since the operation began on
    {{March 12}}. [[Two soldiers|killed;a=John Paul Baldomar]] were killed and
    [[five|injured;a=John Paul Baldomar]] wounded, he said.

    The regional social services ministry said it had handed out
    [[2,500 family food packs|aid;a=The regional social services ministry]] and was preparing
    more. Classes in the affected villages have been suspended.

    READ: Army says {{5 BIFF members}} surrender in Maguindanao del Norte

    – Rappler.com""",
    LINE,
)

item(
    "Venezuela's Maduro says more than 2,000 detained after election protests",
    """Updated {{7:51 PM GMT-4, August 3, 2024}}

    CARACAS, Venezuela (AP) — President Nicolás Maduro said Saturday that security forces had
    arrested [[2,229 people|arrested;a=President Nicolás Maduro]] during protests against his
    disputed reelection, and that they would be sent to maximum-security prisons.

    Foro Penal, a Venezuelan legal aid group, said it had confirmed
    [[1,010 arrests|arrested;a=Foro Penal]] by Friday night, among them
    [[100 teenagers|arrested;a=Foro Penal]]. Human rights groups say
    [[at least 20 people|killed;a=Human rights groups]] have been killed in the unrest, most of
    them shot.

    Attorney General Tarek William Saab said [[77 police officers and soldiers|injured;n=police
    officers and soldiers;a=Attorney General Tarek William Saab]] had been injured, and blamed
    the opposition for the violence.

    {{Image 2 of 6}}: Opposition supporters march in Caracas, Venezuela, Saturday,
    {{Aug. 3, 2024}}. (AP Photo/Cristian Hernandez)

    Opposition leader María Corina Machado, who had been in hiding, addressed
    [[tens of thousands of supporters|other]] from the back of a truck in eastern Caracas. The
    opposition says tally sheets from {{more than 80%}} of voting machines show its candidate,
    Edmundo González, won by a wide margin.

    The government has expelled diplomats from [[seven Latin American countries|other;u=other]]
    that questioned the results. [[Six opposition aides|displaced]] have taken refuge in the
    Argentine ambassador's residence in Caracas.

    Copyright {{2024}} The Associated Press. All Rights Reserved.""",
    LINE,
)

item(
    "Curfew imposed, army deployed as quota protest deaths climb",
    """Update : {{19 Jul 2024, 11:47 PM}}

    The government has imposed a nationwide curfew from midnight and deployed the army to
    assist the civil administration after [[at least 105 people|killed;a=hospital sources and
    police]] were killed in clashes across the country, according to hospital sources and
    police.

    Dhaka Medical College Hospital alone received [[44 bodies|killed;a=hospital staff]] on
    Friday, hospital staff said, and had treated [[more than 1,500 injured people|injured;
    a=hospital staff]] since Tuesday.

    Police Headquarters said [[three policemen|killed;a=Police Headquarters]] had been beaten to
    death and that [[more than 100 police stations and outposts|housing;u=structure;n=police
    stations and outposts;a=Police Headquarters]] had been attacked or set on fire.

    The BTV headquarters in Rampura and [[two metro rail stations|housing;u=structure]] were
    torched on Thursday. The Dhaka Metropolitan Police said it had arrested
    [[more than 500 people|arrested;a=The Dhaka Metropolitan Police]] in the capital since
    Thursday.

    In Narsingdi, protesters stormed the district jail and freed
    [[826 inmates|other;a=police]], police said. Mobile internet has been cut across the country
    since Thursday night.

    Related: Quota reform protests: {{6 killed}} in clashes on Tuesday

    Follow Dhaka Tribune on Google News""",
    FLAT,
)

item(
    "Hundreds of Mexicans flee cartel war into Guatemala",
    """{{JUL 29, 2024 - 17:40 CEST}}

    Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS
    USA Edition

    [[More than 580 Mexicans|displaced;a=Conred]] have crossed into Guatemala over the past week
    to escape fighting between rival cartels in the border municipality of Frontera Comalapa,
    Conred, Guatemala's disaster agency, said on Sunday. [[About 200 of them|displaced;n=-;
    a=the agency;alt=Conred]] are children, the agency said.

    They are being housed in [[two schools|capacity]] and a church hall in Cuilco, in
    Huehuetenango department, where local families have brought food and blankets.

    "They came at night with drones and rifles; we left with what we had on," a woman from the
    hamlet of Chamic told EL PAÍS by phone.

    Earlier in June, [[some 4,000 residents|displaced]] of the town of Tila, in northern
    Chiapas, fled after armed men burned [[17 homes|housing]]. The Mexican government said it
    had sent [[1,200 soldiers and National Guard members|combatants;n=soldiers and National Guard
    members;a=The Mexican government]] to the region.
    Guatemala's army said it had sent [[up to 150 soldiers|combatants;a=Guatemala's army]] to
    reinforce the border.

    The Fray Bartolomé de las Casas human rights centre (Frayba) said
    [[at least 11 people|killed;a=The Fray Bartolomé de las Casas human rights centre
    (Frayba)]] had been killed in the area since May.""",
    BLANK,
)

item(
    "Police fire on protesters as Parliament is breached over Finance Bill",
    """Tuesday, {{June 25, 2024}}

    What you need to know: Protesters breached Parliament and set part of it on fire.

    [[At least 22 people|killed;a=the Kenya National Commission on Human Rights (KNCHR)]] were
    shot dead as police opened fire on protesters across the country, the Kenya National
    Commission on Human Rights (KNCHR) said on Tuesday night.

    Parliament passed the Bill after [[195 MPs|other]] voted for it and [[106|other]]
    against, minutes before protesters stormed the complex.

    KNCHR chairperson Roseline Odede said [[300 people|injured;a=Roseline Odede]] had been
    injured and [[50|arrested;a=Roseline Odede]] arrested. Kenyatta National Hospital said it
    had received [[160 patients|injured;a=Kenyatta National Hospital]] with gunshot and other
    wounds.

    Advertisement

    Protests spread to [[35|other;u=other]] of the country's [[47 counties|other]], with
    running battles in Nairobi, Mombasa, Kisumu and Nakuru.

    Read: Finance Bill {{2024}}: What MPs passed

    Get the best of Nation delivered to your inbox every morning. Sign up""",
    LINE,
)
