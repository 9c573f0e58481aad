"""Nigeria and its neighbours in the style of Punch, Vanguard, Daily Trust and The Guardian
Nigeria: village raids, highway kidnappings, mosque and church attacks, military briefings,
herder-farmer clashes, riots and returns (13 items with figures, 1 without)."""

from _wrap import item

item(
    "Bandits kill 23, abduct 40 in Zamfara community",
    """Suspected bandits have killed [[23 persons|killed]] and abducted
    [[40 others|kidnapped]] in an attack on Kurya, a farming community in Bungudu Local
    Government Area of Zamfara State. It was gathered that the gunmen, numbering
    [[over 100|combatants]], arrived on motorcycles at about {{4pm}} on Wednesday and shot
    sporadically as residents ran into the bush. A resident, Malam Sani Kurya, told our
    correspondent on the telephone that [[17 of the victims|killed;a=Malam Sani Kurya]] were
    buried on Thursday morning in accordance with Islamic rites. "They went from house to house
    and took away our wives and daughters. My brother's [[two daughters|kidnapped;a=Malam Sani
    Kurya]], {{aged 14 and 16}}, were among those whisked away," he said. The spokesperson for the
    Zamfara State Police Command, SP Yazid Abubakar, confirmed the attack but put the death toll
    at [[15|killed;a=Yazid Abubakar]], adding that [[three suspected informants|arrested;a=Yazid
    Abubakar]] had been arrested. Residents said the bandits also rustled
    [[about 200 cows|other;u=other;a=Residents]] and set ablaze
    [[a dozen houses|housing;a=Residents]]. The attack came {{three days}} after
    [[11 farmers|killed]] were killed on their farms in neighbouring Tsafe LGA. Kurya lies about
    {{25 kilometres}} from Gusau, the state capital. Police said a tactical team deployed to the
    area had engaged the bandits in a gun duel. Zamfara is one of the states worst hit by
    banditry in the North-West, and the state government said in March that it had spent
    {{N3.5bn}} on relief for displaced persons since {{2019}}.""",
)

item(
    "Plateau: Gunmen kill 52 in fresh attacks on Bassa communities",
    """[[No fewer than 52 persons|killed]] have been killed in coordinated attacks by gunmen
    suspected to be herdsmen on communities in Bassa Local Government Area of Plateau State.
    Vanguard gathered that the attackers invaded Zike, Kimakpa and Hukke villages at about
    {{10pm}} on Sunday, shooting at residents and setting houses ablaze. The Chairman of Bassa
    LGA, Joshua Riti, who spoke to journalists in Jos, said
    [[38 corpses|killed;a=Joshua Riti]] had been recovered from Zike alone, while a search was
    on for others in the bush. "Most of the dead are women and children. Even a baby of
    {{four months}} was not spared," he said. He added that
    [[over 70 houses|housing;a=Joshua Riti]] were burnt. The Plateau State Police Command, in a
    statement by its spokesperson, DSP Ibrahim Bako, put the toll at
    [[36|killed;a=The Plateau State Police Command]] and said
    [[nine suspects|arrested;a=The Plateau State Police Command]] had been arrested. The
    Special Task Force, Operation Safe Haven, said its troops responded to distress calls and
    rushed [[14 injured persons|injured;a=The Special Task Force]] to the Jos University
    Teaching Hospital. [[Over 2,000 residents|displaced]] have fled to Jebbu Miango and Bassa
    town, where they are taking refuge in [[two primary schools|capacity]]. The state governor,
    who visited the area on Monday, condemned the killings and ordered the deployment of
    [[300 more soldiers|combatants;p]] to the LGA. The attack brings to
    [[over 200|killed]] the number of people killed in Bassa and Riyom since January,
    according to figures compiled by the Irigwe Development Association. A {{24-hour}} curfew
    has been imposed on both LGAs. The President, in a statement by his spokesman, described the
    killings as "barbaric" and directed security agencies to fish out the perpetrators. Bassa,
    about {{35 kilometres}} north-west of Jos, has witnessed repeated attacks since {{2018}},
    which residents blame on herders seeking grazing land.""",
)

item(
    "Troops neutralise 78 terrorists, rescue 91 hostages in one week - DHQ",
    """Troops of the Armed Forces of Nigeria have neutralised
    [[78 terrorists|killed;a=the Defence Headquarters (DHQ)]] and arrested
    [[163 suspects|arrested;a=the Defence Headquarters (DHQ)]] across the country in the past
    week, the Defence Headquarters (DHQ) has said. The Director of Defence Media Operations,
    Major General Ibrahim Danladi, who spoke at a briefing in Abuja on Thursday, said troops also
    rescued [[91 kidnapped hostages|kidnapped;a=Ibrahim Danladi]] and recovered
    [[146 assorted weapons|other;a=Ibrahim Danladi]]. In the North-East, troops of Operation
    Hadin Kai neutralised [[27 terrorists|killed;a=Ibrahim Danladi]] and rescued
    [[34 kidnapped civilians|kidnapped;a=Ibrahim Danladi]], he said. He added that
    [[212 terrorists|arrested;a=Ibrahim Danladi]] surrendered to troops at various locations in
    Borno during the week. In the North-West, troops of Operation Hadarin Daji neutralised
    [[22 bandits|killed]] and rescued [[41 kidnapped victims|kidnapped]] in Zamfara, Sokoto and
    Katsina states. In the Niger Delta, troops of Operation Delta Safe destroyed
    [[37 illegal refining sites|other]] and denied oil thieves an estimated
    {{N1.2 billion}}. Danladi said the military would not relent until the country was rid of
    terrorists. He said the military had also lost some personnel during the week but did not
    give figures. He urged members of the public to provide credible information to security
    agencies through the emergency line, {{112}}. The briefing was the {{47th}} of its kind this
    year.""",
)

item(
    "Benue: Yelwata residents return three weeks after attack",
    """Normal activities are gradually returning to Yelwata, in Guma Local Government Area of
    Benue State, {{three weeks}} after an attack by suspected armed herders left
    [[over 100 people|killed]] dead. The Executive Secretary of the State Emergency Management
    Agency (SEMA), Dr James Iorpuu, told The Guardian on Monday that
    [[about 3,400 of the displaced residents|returned;a=James Iorpuu]] had gone back from camps
    in Daudu and Makurdi. He said [[another 6,000|displaced;a=James Iorpuu]] remained in
    [[three camps|capacity;a=James Iorpuu]] and would return once security was guaranteed. The
    agency has distributed [[2,500 bags|aid]] of rice and [[1,800 mattresses|aid]] to
    returnees. Officials said
    [[between 40 and 50 families a day|returned;a=Officials]] were now coming back to the
    town. Returnees, however, complained that
    [[more than 200 houses|housing;a=Returnees]] burnt during the attack had not been rebuilt.
    A farmer, Terver Agber, {{54}}, lost [[two sons|killed]] in the attack. "I have not gone back
    to my farm. The herders are still in the bush around us," he said. Police said
    [[18 suspects|arrested;a=Police]] had been arrested in connection with the attack, in which
    the assailants used {{AK-47}} rifles. The attack, on the night of {{13 June}}, was one of the
    deadliest in the state since {{2018}}. The state government has since set up a committee to
    oversee reconstruction, with an initial budget of {{N2 billion}}. Yelwata lies on the
    Makurdi-Lafia road, about {{50km}} from the state capital.""",
)

item(
    "Gunmen abduct 18 travellers on Kaduna-Abuja highway",
    """Gunmen on Sunday evening abducted [[no fewer than 18 travellers|kidnapped]] along the
    Kaduna-Abuja highway, near Katari, in Kachia Local Government Area of Kaduna State. It was
    learnt that the gunmen, dressed in military camouflage, blocked the road at about
    {{6.30pm}}, shot at [[three vehicles|other]] and whisked away the passengers of an
    {{18-seater}} bus and a private car. The spokesperson for the Kaduna State Police Command,
    ASP Haruna Dikko, said [[five of the victims|kidnapped;a=Haruna Dikko]] had been rescued by
    police and vigilantes, while [[one|injured;a=Haruna Dikko]] sustained gunshot injuries.
    Residents said [[up to 30 gunmen|combatants;a=Residents]] took part in the operation.
    Relatives of a victim told Punch that the abductors had called on Monday, demanding
    {{N50m}} ransom.""",
)

item(
    "Worshippers killed as bandits attack mosque during dawn prayer in Katsina",
    """[[At least 27 worshippers|killed]] were killed when suspected bandits attacked a mosque in
    Garin Dutsi village of Faskari Local Government Area, Katsina State, during the Subhi prayer
    on Tuesday. Daily Trust gathered that the gunmen surrounded the mosque at about {{5am}} and
    opened fire on the congregation before moving into the village, where they killed
    [[four more people|killed]] in their homes. A resident, Lawal Faskari, said
    [[13 of the dead|killed;a=Lawal Faskari]] were from the same extended family and that the
    attackers, [[about 60|combatants;a=Lawal Faskari]], came on
    [[30 motorcycles|other;a=Lawal Faskari]]. He said
    [[over 30 people|injured;a=Lawal Faskari]] sustained injuries and were taken to the General
    Hospital in Funtua. The state Commissioner for Internal Security, Ibrahim Gambo Dankama, said
    the attack was a reprisal for the killing of
    [[eight bandits|killed;a=Ibrahim Gambo Dankama]] by local vigilantes last week. Police
    spokesperson DSP Bello Sani Gwarzo said the command had recovered
    [[23 bodies|killed;a=Bello Sani Gwarzo]] and deployed a tactical team to the area.
    Residents who fled to Funtua said [[dozens of families|displaced;a=Residents]] had
    abandoned the village.""",
)

item(
    "Death toll in Kogi church attack rises to 19",
    """The death toll from Sunday's attack on a Catholic church in Ayetoro-Gbede, Ijumu Local
    Government Area of Kogi State, has risen to [[19|killed]], after
    [[three of the injured|killed]] died at the Federal Medical Centre, Lokoja. A priest of the
    parish, Rev Fr Anthony Ogbe, told Vanguard that [[16 worshippers|killed;a=Anthony Ogbe]]
    died at the scene. He said [[27 others|injured;a=Anthony Ogbe]] were still receiving
    treatment, [[five of them|injured;n=-;a=Anthony Ogbe]] in critical condition. The gunmen,
    said to be [[about eight|combatants]], threw explosives into the church during the
    {{second}} Mass before opening fire on the fleeing congregation. Police spokesman SP Samuel
    Ojo said [[four suspects|arrested;a=Samuel Ojo]] were arrested in a nearby forest and
    [[two motorcycles|other;a=Samuel Ojo]] used by the attackers were recovered. It was the
    {{third}} attack on a church in the state since {{2022}}.""",
)

item(
    "Protest: Police arrest 574, say 16 officers injured",
    """The Nigeria Police Force says [[574 persons|arrested;a=The Nigeria Police Force]] have been
    arrested across the country for their roles in the violence that trailed the
    #EndBadGovernance protests, while [[16 police officers|injured;a=The Nigeria Police Force]]
    sustained injuries. Force spokesman ACP Tunde Olatunji, who briefed journalists in Abuja on
    Thursday, said hoodlums hijacked the protests in Kano, Kaduna, Borno and Jigawa, looting and
    burning public buildings. According to him, [[seven persons|killed;a=Tunde Olatunji]] died
    in the violence, [[four of them|killed;n=-;a=Tunde Olatunji]] in Kano. He said
    [[two police stations|housing;u=structure;a=Tunde Olatunji]] and
    [[28 vehicles|other;a=Tunde Olatunji]] were burnt. Amnesty International, however, said
    security forces shot dead [[at least 21 protesters|killed;a=Amnesty International]] and
    accused the police of using live ammunition. In Kano, where a {{24-hour}} curfew was imposed
    on Thursday, shops remained shut. In Maiduguri, [[scores of youths|arrested]] were rounded
    up by soldiers. The Nigerian Bar Association said it had deployed
    [[over 200 lawyers|other;a=The Nigerian Bar Association]] to provide free legal services to
    detained protesters.""",
)

item(
    "Suicide bombers kill 11 at Konduga fish market",
    """[[At least 11 people|killed]] were killed and [[over 30 others|injured]] injured on Sunday
    night when [[three suicide bombers|combatants]] detonated explosives at a fish market in
    Konduga, about {{38km}} from Maiduguri, the Borno State capital. The head of the local
    Civilian JTF, Bukar Kolo, told Daily Trust the bombers struck at about {{8.30pm}}, when the
    market was crowded with traders. A senior official of the State Emergency Management Agency
    (SEMA) said [[19 of the injured|injured;a=A senior official of the State Emergency
    Management Agency (SEMA)]] were taken to the University of Maiduguri Teaching Hospital.
    No group has claimed the attack, but Konduga has been hit repeatedly by Boko Haram since
    {{2014}}.""",
)

item(
    "Niger: Gunmen kill 37 traders returning from market near Mali border",
    """Gunmen on motorcycles have killed [[at least 37 civilians|killed;a=the government]]
    returning from a weekly market in western Niger, near the border with Mali, the government
    said on Tuesday. The attackers intercepted [[four vehicles|other]] carrying traders and their
    goods on the Banibangou road on Monday afternoon and opened fire on the passengers.
    Witnesses said the attackers numbered [[between 80 and 100|combatants;a=Witnesses]]. In a
    statement read on state television, the government said
    [[six people|injured;a=the government]] were wounded and
    [[two|missing;a=the government]] remained missing. The authorities declared {{three days}}
    of national mourning. Security forces have since deployed
    [[around 400 soldiers|combatants;a=a security source]] to the area, a security source told
    Daily Trust. A local official in Ouallam said [[nearly 2,500 people|displaced;a=A local
    official]] from surrounding villages had arrived in the town since the attack. The
    Tillaberi region has been the scene of repeated attacks blamed on the Islamic State in the
    Greater Sahara, which have killed [[hundreds of civilians|killed]] since {{2019}}.""",
)

item(
    "4,000 Cameroonians flee into Cross River as fighting escalates",
    """[[No fewer than 4,000 Cameroonians|displaced;a=officials]] fleeing renewed fighting
    between separatist fighters and government troops in the Anglophone regions have crossed
    into Cross River State in {{two weeks}}, officials have said. The Director-General of the
    Cross River State Emergency Management Agency, John Inyang, told Punch in Calabar that
    [[1,200 of the new arrivals|displaced;a=John Inyang]] had been registered at the Adagom
    settlement in Ogoja, which already hosts [[about 9,000 refugees|displaced;a=John Inyang]].
    He said the agency had supplied [[500 mattresses|aid;a=John Inyang]] and
    [[300 bags|aid;a=John Inyang]] of rice to the settlement. A refugee, Ebenezer Tabi, {{42}},
    from Akwaya, said soldiers had burnt [[dozens of houses|housing;a=Ebenezer Tabi]] in his
    village. "They killed [[six people|killed;a=Ebenezer Tabi]] in front of us, and I ran with my
    [[five children|displaced;a=Ebenezer Tabi]] through the forest for {{two days}}," he said.
    Officials said [[about 700 refugees|returned;a=Officials]] who had fled in {{2021}} went
    back to Cameroon last year, but some of them have returned again.""",
)

item(
    "Zamfara: 83 abducted schoolgirls regain freedom",
    """[[Eighty-three schoolgirls|kidnapped;a=the state government]] abducted last week from a
    government girls' secondary school in Gidan Dawa, Zamfara State, have regained freedom, the
    state government announced on Saturday. The Commissioner for Information, Aminu Yabo, said
    [[79 of the girls|kidnapped;a=Aminu Yabo]] were released to government officials in a forest
    in Maru LGA, while [[four|kidnapped;a=Aminu Yabo]] escaped on their own and were found by
    vigilantes on Thursday. He said [[11 of the students|injured;a=Aminu Yabo]] were being
    treated for minor injuries at the Gusau Specialist Hospital. He denied that any ransom was
    paid. Security sources said [[as many as 60 bandits|combatants;a=Security sources]] took part
    in the abduction.""",
)

item(
    "Court adjourns trial of alleged financier of Kaduna train attack",
    """The Federal High Court in Abuja on Tuesday adjourned till {{17 March 2025}} the trial of
    Alhaji Sani Bakori, {{51}}, the businessman accused of financing the terrorists who attacked
    an Abuja-Kaduna train on {{March 28, 2022}}. The judge fixed the new date after the
    prosecution said its witness, a {{34-year-old}} police inspector, was unavoidably absent.
    Bakori, who has been in custody for {{two years}}, was refused bail of {{N20 million}} in
    {{2023}}. The train was attacked at about {{7.45pm}}, some {{40 kilometres}} from Kaduna,
    and the last of the abducted passengers were freed more than {{six months}} later.""",
)

item(
    "ISWAP overruns army base in Borno, soldiers missing",
    """Fighters of the Islamic State West Africa Province (ISWAP) on Monday overran a military
    base in Marte, northern Borno, killing [[at least five soldiers|killed]] and forcing troops to
    withdraw to Dikwa, military sources told The Guardian. The insurgents, who came in
    [[more than 20 gun trucks|other]] at about {{3am}}, attacked the base
    from several directions and set the barracks ablaze. A source said
    [[11 soldiers|missing;a=A source]] were still unaccounted for and
    [[two|injured;a=A source]] were airlifted to Maiduguri. The terrorists carted away
    [[four armoured vehicles|other]] and large quantities of ammunition, the source added. The
    Nigerian Air Force said in a statement that its jets later struck the fighters as they
    withdrew, neutralising [[scores of terrorists|killed;a=The Nigerian Air Force]] and destroying
    [[six of the gun trucks|other;a=The Nigerian Air Force]]. Marte was retaken by troops in
    {{2022}} and residents who fled began returning last year. A local government official said
    [[about 1,500 returnees|displaced;a=A local government official]] fled again to Dikwa on
    Monday, the {{second}} time in {{eight months}}. The army has not commented on the
    attack.""",
)
