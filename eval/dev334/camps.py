"""dev334 items: al-Hol, Roj and the other camps of north-east Syria."""

from _wrap import item

item(
    "Al-Hol population falls below 30,000 as Iraqi departures speed up",
    """The population of al-Hol, the sprawling camp in Syria's Hasakah province, fell to
    [[29,640 people|displaced;a=UNHCR]] at the end of {{March 2024}}, UNHCR said, down from
    [[more than 73,000|displaced;a=UNHCR]] at its peak in {{early 2019}}. Iraqis still make up
    the largest group, [[about 14,900|displaced;a=the camp administration]], according to the
    camp administration, followed by [[some 9,200 Syrians|displaced;a=the camp administration]].
    A separate, guarded annex holds [[roughly 6,500 women and children|displaced;n=women and
    children]] from around the world. Since {{January}}, [[2,137 Iraqis|returned;a=Iraqi
    officials]] have left on [[nine convoys|other]] bound for the {{Jeddah-1}} centre near Mosul,
    Iraqi officials said. Aid workers say [[27 residents|killed;a=Aid workers]] were killed inside
    the camp last year, most of them shot at night.""",
)

item(
    "Roj camp: the last Western women wait for flights home",
    """Roj camp, a fenced site near the Iraqi border, held [[2,612 people|displaced;a=the Kurdish-led
    administration]] in {{February 2023}}, the Kurdish-led administration said, almost all of them
    the wives, widows and children of foreign Islamic State fighters. Among them are
    [[about 60 British nationals|displaced;a=Reprieve]], according to the legal charity Reprieve,
    which says [[at least 35 children|displaced;a=Reprieve]] from Britain are still in the camp.
    Canada brought home [[four women|returned]] and [[10 children|returned]] in {{April}}, and Germany's foreign ministry says it has taken back [[more than 90|returned;a=Germany's foreign ministry]] since {{2019}}. "Every month of delay is another month a child
    spends behind wire," said Rights and Security International, which puts the number of
    Westerners left at [[fewer than 300|displaced;a=Rights and Security International]].""",
)

item(
    "SDF sweep of al-Hol ends with 226 suspects held",
    """A {{24-day}} security operation inside al-Hol ended on {{Saturday}} with
    [[226 suspected Islamic State members|arrested;a=the Syrian Democratic Forces]] detained, the
    Syrian Democratic Forces said. The Kurdish-led force said it had deployed
    [[about 6,000 fighters and internal security personnel|combatants;n=fighters and internal security personnel;a=The Kurdish-led force;alt=Syrian Democratic Forces]] for the sweep,
    backed by US-led coalition aircraft. Searches turned up [[25 rifles|other]],
    [[a dozen hand grenades|other;u=other;n=grenades]] and a network of tunnels under tents in
    {{Phase 4}} and {{Phase 5}} of the camp. Security officials said
    [[four women|kidnapped;a=Security officials]] found chained inside a tent had been held by
    other residents. [[Forty-four people|killed;a=camp officials]] were murdered in al-Hol in the
    {{12 months}} before the raid, camp officials said.""",
)

item(
    "Fire sweeps through al-Hol's Phase 2, killing three children",
    """[[Three children|killed;a=the Kurdish Red Crescent]] died and
    [[at least 11 other people|injured;a=the Kurdish Red Crescent]] were hurt when fire tore
    through a row of tents in {{Phase 2}} of al-Hol camp late on {{Thursday}}, the Kurdish Red
    Crescent said. The blaze, started by a heater, destroyed [[43 tents|housing;u=other]] and left
    [[about 200 people|displaced]] without shelter on a night when temperatures dropped to
    {{minus 3C}}. The camp's management moved the affected families into a school building and a
    reception hall. The International Rescue Committee said it had handed out
    [[300 blankets|aid;a=The International Rescue Committee]] and
    [[60 family tents|aid;a=The International Rescue Committee;n=tents]] by {{Friday}} morning.""",
)

item(
    "MSF warns children in al-Hol dying of preventable illness",
    """Médecins Sans Frontières said on {{Tuesday}} that
    [[79 children|killed;a=Médecins Sans Frontières]] had died in al-Hol in the first
    {{eight months}} of {{2021}}, most of them under {{the age of five}}, from diarrhoea,
    malnutrition and pneumonia. The medical charity's clinic at the camp treats
    [[around 350 patients a day|injured]], but referrals to hospitals in Hasakah need a security escort and can take
    {{days}}. "Children are dying while they wait at the gate," said the group's head of mission,
    adding that [[two ambulances|other;a=the group's head of mission;alt=Médecins Sans Frontières]] serve a population of
    [[roughly 56,000|civilians;a=the group's head of mission;alt=Médecins Sans Frontières]]. The UN
    children's agency said [[more than 30,000 children|displaced;a=The UN children's agency]]
    live in the camp, many of them under the age of {{12}}. [[Twelve children|killed;a=camp health officials]] died in a single week in {{February}}, camp health officials said.""",
)

item(
    "WFP cuts rations in north-east Syria camps as funding dries up",
    """The World Food Programme will cut the size of its monthly food baskets in al-Hol, Roj and
    [[four other camps|capacity;a=the agency;alt=The World Food Programme]] from {{June}}, the
    agency said, blaming a shortfall of {{$42 million}}. WFP currently feeds
    [[about 86,000 people|aid]] across the camps of Hasakah and Raqqa provinces. Under the
    new plan it expects to reach [[only 61,000|aid;a=WFP;p]], with rations trimmed to
    {{1,400 kilocalories}} per person per day. In {{April}} alone, its partners distributed
    [[18,420 food parcels|aid]] and [[6,200 bags of flour|aid;n=bags]] in al-Hol. Residents said
    prices in the camp market had risen by {{40 percent}} since {{January}}. WFP said [[as many as 25,000 people|aid;a=WFP;p]] could lose assistance altogether.""",
)

item(
    "Tribal sponsorship frees another 480 Syrians from al-Hol",
    """[[Four hundred and eighty Syrians|returned;a=the Autonomous Administration of North and East Syria]] left al-Hol on
    {{Monday}} to go home to villages in Deir ez-Zor and Raqqa under the tribal sponsorship scheme,
    the Autonomous Administration of North and East Syria said. They travelled in
    [[116 families|returned]] aboard
    [[about 30 buses and trucks|other;n=buses and trucks]], escorted by SDF vehicles. It was the
    {{21st}} such departure since the scheme began, bringing the total who have left that way to
    [[more than 9,800 people|returned;a=officials]], officials said. Local councils in Deir ez-Zor have asked
    for help housing them: [[some 2,300 homes|housing]] in the villages of Hajin and Sousa remain
    damaged, according to the Deir ez-Zor Civil Council. [[Some 640 families|returned;p]] are expected to leave in the next convoy.""",
)

item(
    "Damascus to take over al-Hol under deal with SDF",
    """Syria's interim government and the SDF agreed on {{Sunday}} to hand the management of al-Hol
    to Damascus over {{the coming six months}}, a joint statement said. The camp still holds
    [[about 37,000 residents|displaced;a=the statement]], according to the statement, including
    [[15,700 Syrians|displaced;a=the statement]] who will be allowed to go home first. Government
    officials said they expected [[up to 4,000 Syrians|returned;a=Government officials;p]] to
    leave by the end of {{the year}}. Iraqis and other foreigners, [[some 21,000 in all|displaced;
    n=-]], will stay until their governments take them back. Baghdad said it would take back [[several hundred Iraqi families|returned;a=Baghdad;p]] before the handover ends. The SDF said
    [[roughly 400 guards|combatants;a=The SDF]] would remain at the gates during the handover,
    and that [[three checkpoints|other;a=The SDF]] on the road to Hasakah would be run jointly.""",
)

item(
    "Roj camp expansion to add space for 1,800 as transfers from al-Hol continue",
    """The administration of Roj camp is building a new section with room for
    [[1,800 people|capacity;a=camp director Hekmiye Ibrahim;p]] to take in foreign women moved out
    of al-Hol, camp director Hekmiye Ibrahim said. The extension, on {{12 hectares}} to the east of
    the current site, will have [[400 prefabricated shelters|capacity;p]] and
    [[two schools|other;p]]. Roj now houses
    [[about 2,700 people|displaced;a=Ibrahim]], she said, after
    [[317 women and children|displaced;n=women and children]] were transferred from al-Hol since
    {{October}}. Rights groups have criticised the move, saying the new section will be fenced and guarded like the old one. Camp officials said [[about 110 guards|combatants;a=Camp officials]] are on duty at any time.""",
)

item(
    "Boys from camps held in centres 'with no end date', rights group says",
    """[[At least 1,000 boys|arrested;a=Human Rights Watch]] taken from al-Hol and Roj camps are
    being held in detention and so-called rehabilitation centres in north-east Syria, Human Rights
    Watch said in a report on {{Wednesday}}. Some were separated from their mothers when they
    {{turned 12}} and have now spent {{five years}} in custody, the group said. The Houri centre
    alone held [[about 120 boys|arrested;a=the report]], according to the report, while
    [[another 700|arrested;a=the report]] were in adult prisons. The SDF says it plans to open
    [[three new centres|other;a=The SDF;p]] that could hold
    [[a further 600 boys|capacity;a=The SDF;p]] together. The group interviewed
    [[38 former detainees|other]] for the report.""",
)

item(
    "US general visits al-Hol, urges countries to take their citizens back",
    """The commander of US Central Command toured al-Hol on {{Friday}} and warned that the camp
    remained "a breeding ground" for the next generation of Islamic State. In a statement after the
    visit, CENTCOM said [[more than 12,000 residents|returned;a=CENTCOM]] had been repatriated from
    the camp since {{2021}}, [[nearly 8,000 of them|returned;a=CENTCOM;n=-]] to Iraq. It said
    [[about 900 US troops|combatants;a=CENTCOM]] remain in Syria to support the SDF, which
    guards [[more than 9,000 ISIS detainees|arrested;a=CENTCOM]] in
    [[some 25 facilities|other;a=CENTCOM]] across the north-east.
    "Repatriation is the only durable solution," the commander said. CENTCOM said [[about 450 Iraqi and Syrian families|returned;a=CENTCOM;p]] were expected to leave al-Hol in the next round.""",
)

item(
    "Smuggling ring that helped women escape al-Hol broken up",
    """Kurdish security forces arrested [[17 suspected smugglers|arrested;a=the Asayish]] who
    charged foreign women up to {{$15,000}} each to get them out of al-Hol, the Asayish said on
    {{Thursday}}. The ring had moved [[at least 130 women and children|other;n=women and children;a=the internal security force;alt=the Asayish]] out of the camp over {{two years}}, hidden in water tankers and
    trucks, the internal security force said. Police seized [[five vehicles|other]] and
    [[11 mobile phones|other;u=other;n=phones]] in raids in Hasakah and Shaddadi.
    [[Eight women|arrested;a=the Asayish]] caught trying to leave in
    a tanker were sent back to the camp's annex, it said. Camp officials say [[as many as 300 people|other;a=Camp officials]] escaped al-Hol with smugglers' help in {{2022}}.""",
)

item(
    "Most children in al-Hol have never been to school",
    """[[Fewer than 6,000 of the camp's children|other;a=Save the Children;n=children]] attend any
    kind of class, Save the Children said in a statement, out of
    [[about 19,000|civilians;a=Save the Children]] of school age. The charity runs
    [[14 learning centres|other;a=The charity;alt=Save the Children]] in the camp but said
    [[five of them|other;u=structure;n=-;a=The charity;alt=Save the Children]] had been closed since {{August}} after attacks on
    teachers. [[Two teachers|killed;a=the charity;alt=Save the Children]] were shot dead in
    {{2022}}, the charity said. The charity estimates that [[some 800 children|civilians;a=The charity;alt=Save the Children]] in the camp are unaccompanied or separated from their families. It called for a "safe learning space" in every phase of the
    camp.""",
)

item(
    "Ras al-Ain displaced still in camps five years after Turkish offensive",
    """[[More than 100,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] who fled the Turkish-led offensive on Ras al-Ain and Tal Abyad in {{October 2019}}
    still live in camps and collective shelters, the UN Office for the Coordination of
    Humanitarian Affairs said. Washokani camp near Hasakah houses
    [[about 16,000|displaced;a=OCHA]], and Serêkaniyê camp [[another 14,500|displaced;a=OCHA]],
    according to OCHA. The two sites are among
    [[17 formal camps|capacity]] and
    [[more than 150 informal settlements|capacity;u=structure]] in the north-east. Water from the Allouk station has been cut off again and again since {{2019}}. The offensive displaced [[up to 180,000 people|displaced;a=the UN]] at its height, the UN said at the time.""",
)

item(
    "Storm flattens tents in Hasakah camps",
    """Heavy rain and winds of up to {{80km/h}} tore down [[about 1,100 tents|housing;a=the
    Kurdish Red Crescent;u=other]] in camps around Hasakah overnight, the Kurdish Red Crescent
    said, leaving [[hundreds of families|displaced]] in the mud. In al-Hol,
    [[740 families|civilians;a=camp management]] were affected, according to camp management,
    and [[six people|injured]] were treated for injuries from falling poles. Aid groups said they
    had [[only 2,000 replacement tents|aid;a=Aid groups]] in stock in the region. In Washokani, [[between 60 and 80 tents|housing;a=the camp's administration]] collapsed, the camp's administration said. The storm was the {{third}} in {{a month}}.""",
)

item(
    "Donors pledge money for north-east Syria camps at Brussels meeting",
    """Donors meeting in Brussels on {{June 14}} pledged {{$87 million}} for the camps of north-east
    Syria, short of the {{$150 million}} the UN had asked for. The European Union gave the largest
    share, {{€35 million}}, followed by Germany and the United States. The appeal was
    {{58 percent}} funded at the end of the {{2023}} cycle, its lowest level since {{2017}}.
    Officials said the money would be spent over {{18 months}}, with {{a quarter}} set aside for
    water and sanitation.""",
)

item(
    "Baghouz, five years on: the last village of the caliphate",
    """It is {{five years}} since the SDF raised its flag over Baghouz on {{March 23, 2019}},
    ending the territorial caliphate that once spread across a land the size of Britain. The
    village sits on a bend of the Euphrates {{about 6km}} from the Iraqi border, and the
    {{2.5-square-kilometre}} pocket where the last battle was fought is now farmland again. A
    memorial stone unveiled on the {{fifth anniversary}} bears the date in Kurdish and Arabic.
    Farmers say wheat yields have recovered to {{80 percent}} of pre-war levels, though the
    irrigation canal built in {{1986}} still needs repair.""",
)
