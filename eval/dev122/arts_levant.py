"""Syria, Iraq, Lebanon, Gaza and Yemen: sieges lifted by bus, camps filling and emptying,
crossings under fire and returns (9 articles with figures, 1 without)."""

from _wrap import item

item(
    "Aleppo evacuation resumes as buses cross into Ramouseh",
    """Evacuations from the last opposition-held districts of eastern Aleppo resumed on Monday
    after a {{two-day}} halt, with [[another 3,000 people|displaced;a=the International
    Committee of the Red Cross]] leaving overnight, the International Committee of the Red
    Cross said, bringing the total since Thursday to [[about 25,000|displaced;a=the
    International Committee of the Red Cross]]. A convoy of [[60 buses|aid;a=the ICRC]] crossed
    into the Ramouseh district before dawn, the ICRC said, as temperatures fell to
    {{minus 5C}}. Jan Egeland, who chairs the UN humanitarian task force for Syria, told
    reporters in Geneva that [[between 1,000 and 1,500 people|civilians;a=Jan Egeland]] were
    still waiting inside the enclave, many of them wounded. The World Health Organization said
    [[more than 300 sick and wounded patients|injured;a=The World Health Organization]] had
    been taken to hospitals in western Aleppo and Idlib since the operation began. At the
    Al-Rashideen reception point west of the city, volunteers handed out
    [[8,000 hot meals|aid]] on Sunday alone. Under the deal brokered by Russia and Turkey,
    [[1,250 people|displaced;p]] are also to leave the besieged government-held villages of
    Foua and Kefraya, which are home to [[some 20,000|civilians]]. The UN refugee agency said
    it had registered [[2,700 families|displaced;a=The UN refugee agency]] arriving in the
    Idlib countryside, where camps {{40 kilometres}} from the Turkish border were already
    full. Egeland said the operation could take {{three more days}} if the weather held. The deal,
    reached after {{four years}} of fighting for the city, collapsed twice last week amid
    accusations that pro-government militias had fired on a convoy and that rebels had tried
    to take weapons out with them. On Friday buses were held for hours at a checkpoint, and
    an ICRC official said the {{12-kilometre}} trip to the reception area had taken some
    families {{more than 15 hours}}. Those arriving described burning furniture to keep warm
    and queueing for bread for most of a day. Many had already been displaced {{three or four
    times}} since the city was divided in {{2012}}.""",
)

item(
    "Mosul exodus swells camps south of the city",
    """[[Some 8,000 people|displaced;a=the International Organization for Migration]] streamed
    out of western Mosul on Saturday, the International Organization for Migration said, the
    highest daily figure since Iraqi forces pushed towards the Old City {{three weeks}} ago.
    The agency said [[more than 210,000|displaced;a=The agency;alt=the International
    Organization for Migration]] had now fled the western half of the city since the offensive
    began on {{19 February}}. At Hammam al-Alil, the screening and transit site
    {{25 kilometres}} south of Mosul, families waited for hours in the sun to be registered.
    The camp, built for [[30,000 people|capacity;a=camp managers]], was holding [[nearly 38,000|displaced;a=camp
    managers]] on Sunday, camp managers said. The Iraqi migration ministry said it planned to
    open [[two new camps|capacity;p;a=The Iraqi migration ministry]] at Nimrud and Salamiyah
    with room for [[a further 40,000 people|capacity;p;a=The Iraqi migration ministry]]. The
    World Food Programme said it had handed out [[45,000 family food rations|aid;a=The World
    Food Programme]] since {{1 March}}, each meant to last {{a month}}. UN officials estimate
    that [[up to 400,000 civilians|civilians;a=UN officials]] remain in the Old City and the
    districts around it, where the fighting is heaviest. "We left with nothing but the
    clothes we wore," said Umm Ahmed, {{54}}, who walked for {{six hours}} to reach an army
    checkpoint. Doctors at the Qayyarah field hospital said they had treated
    [[more than 90 people|injured;a=Doctors at the Qayyarah field hospital]] for blast and
    gunshot wounds in {{48 hours}}.""",
)

item(
    "Idlib families crowd Turkish border as offensive advances",
    """[[Nearly 950,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] have been uprooted in northwest Syria since {{1 December}}, according to the UN
    Office for the Coordination of Humanitarian Affairs, most of them pushed north towards the
    Turkish border by the government offensive. [[Some 2,500 more|displaced;a=OCHA;n=-]]
    arrived in the Atmeh and Sarmada areas on Wednesday alone, OCHA said. The Turkish Red
    Crescent said its teams had distributed [[14,000 tents|aid;a=The Turkish Red Crescent]]
    and [[60,000 blankets|aid;a=The Turkish Red Crescent]] inside Syria over the past
    {{two months}}. The Humanitarian Relief Foundation (IHH) said it had sent
    [[212 trucks|aid;a=The Humanitarian Relief Foundation (IHH)]] of aid across the Cilvegozu
    border gate in {{February}} and was building [[10,000 briquette houses|capacity;p;a=The
    Humanitarian Relief Foundation (IHH)]] near Dana to replace tents before the next winter.
    With every camp full, [[about 170,000|displaced;a=aid groups]] were sleeping in the open,
    under trees or in unfinished buildings, aid groups estimated. Children account for
    {{60 percent}} of the displaced, and [[at least eight|killed;a=Save the Children]] have died of
    cold in the camps this winter, according to Save the Children. Turkey already hosts
    [[3.6 million Syrian refugees|displaced;v=3600000]]. Officials in Ankara say it cannot take
    in another wave.
    The governor of Hatay said [[4,000 police|combatants;a=The governor of Hatay]] had been
    sent to reinforce the border, which is sealed by a {{900-kilometre}} wall.""",
)

item(
    "Lebanese and Syrians pour across border as strikes widen",
    """[[More than 310,000 people|displaced;a=the UN refugee agency]] have crossed from Lebanon
    into Syria since Israel intensified its bombardment on {{23 September}}, the UN refugee
    agency said on Friday, {{about 70 percent}} of them Syrians. The main Masnaa crossing was
    cut on Friday by an Israeli strike that left a crater {{four metres}} wide, but people
    kept crossing on foot, carrying bags and children over the rubble, a Reuters witness said.
    Inside Lebanon, the disaster risk management unit said
    [[1,020 collective shelters|capacity;a=the disaster risk management unit]] were now
    hosting [[about 186,000 people|displaced;a=the disaster risk management unit]], and that
    [[more than 830 of them|capacity;n=-;u=structure;a=the disaster risk management unit]] had reached
    capacity. In Beirut, [[hundreds of families|displaced]] spent a {{third}} night sleeping
    on the Corniche and in Martyrs' Square. Abbas Halabi, the education minister, said the school
    year would be delayed until {{4 November}} because [[some 500 public schools|capacity;a=Abbas
    Halabi]] were being used as shelters. The World Food Programme said it was
    delivering hot meals to [[about 150,000 people a day|aid;a=The World Food Programme]] and
    planned to double that by the end of the month. At the Jdeidet Yabous post on the Syrian
    side, Syrian Arab Red Crescent volunteers were handing out water, dates and
    [[2,000 hygiene kits a day|aid]]. Fares, a {{42-year-old}} farmhand who had worked in the
    Bekaa Valley for {{12 years}}, said he paid a driver {{$400}} to take his wife and
    children to the border.""",
)

item(
    "Half a million flee Rafah as crossings stay shut",
    """[[Nearly 450,000 people|displaced;a=UNRWA]] have fled Rafah in southern Gaza since the
    Israeli army ordered the evacuation of the city's eastern districts on {{6 May}}, UNRWA
    said on Tuesday. [[About 100,000|displaced;a=the agency;alt=UNRWA]] left in the past
    {{48 hours}} alone, the agency added, as tanks pushed towards the city centre. Before the
    operation, [[some 1.4 million people|displaced;v=1400000]] were sheltering in Rafah, most
    of them already displaced from the north. Many are heading to Khan Younis, where families
    pitch tents in the ruins, or to the coastal strip of Al-Mawasi, which Israel has declared a
    humanitarian zone. The area, about {{14 kilometres}} long and {{a few hundred metres}} wide,
    now holds [[more than 1 million people|displaced;a=OCHA]], according to OCHA. OCHA said
    [[only 19 trucks|aid;a=OCHA]] carrying aid had entered through Kerem Shalom on Monday,
    against [[the 500 a day|aid;p;n=-;u=other;a=aid agencies]] that aid agencies say are needed. UNRWA
    said it had handed out tents and tarpaulins to [[about 2,300 families|aid;a=UNRWA]] in Deir
    al-Balah last week, but had run out of shelter materials. "People are moving for the
    {{fourth}} or {{fifth}} time," said Louise Wateridge, an UNRWA spokesperson. "Every time
    they lose more." The International Medical Corps said it had moved
    [[its 120 patients|displaced;a=The International Medical Corps]] from its field hospital in
    Rafah to a new site in Deir al-Balah.""",
)

item(
    "Syrians head home from exile, but many find ruins",
    """[[More than 580,000 Syrians|returned;a=the U.N. refugee agency]] have come home from
    neighboring countries since the fall of Bashar Assad on {{December 8}}, the U.N. refugee
    agency said Tuesday, and [[about 1.2 million people|returned;v=1200000;a=the U.N. refugee
    agency]] displaced inside the country have gone back to their towns and villages. The
    agency expects [[up to 1.5 million refugees|returned;p;v=1500000;a=The agency;alt=the U.N.
    refugee agency]] and [[2 million internally displaced people|returned;p;v=2000000;a=The
    agency;alt=the U.N. refugee agency]] to return by the end of the year if funding allows. At
    the Cilvegozu crossing on the Turkish border, [[about 2,000 people a day|returned;a=Turkish
    officials]] have been passing through in recent weeks, according to Turkish officials,
    their minibuses piled with mattresses and gas cylinders. Turkey says
    [[some 270,000|returned;a=Turkey]] have gone back from its territory since December.
    Returnees get a one-off cash grant of {{$100}} per person, and UNHCR said it had
    distributed [[38,000 return kits|aid;a=UNHCR]] with blankets, solar lamps and kitchen sets.
    But many find their homes in ruins. In the Damascus suburb of Jobar,
    [[fewer than 50 families|returned;a=a local council member]] have moved back, a local
    council member said, out of a prewar population of
    [[tens of thousands|civilians;a=a local council member]]. A U.N. survey found
    that {{80%}} of returnees in Homs and Hama had electricity for less than {{four hours}} a
    day. Abu Khaled, {{61}}, came back from Lebanon in January after {{11 years}} in a tent in
    Arsal. "The house has no roof," he said. "But it is ours." The new authorities in Damascus
    have urged Syrians abroad to come back and help rebuild, but the World Bank puts the cost
    of reconstruction at {{$216 billion}}, and sanctions on the banking sector were only
    partly eased in {{May}}. In Lebanon, where the government wants refugees gone before
    parliamentary elections in {{2026}}, returnees can cross without paying the fines for
    overstaying that used to reach {{$100}} a year. Turkey lets Syrians under temporary
    protection make a {{three-month}} visit home before deciding whether to stay. Aid
    agencies say the pace of returns could slow in winter, when roads in the north are cut by
    snow and many damaged homes are impossible to heat.""",
)

item(
    "Yemen: families flee Hodeidah offensive for Sana'a and Aden",
    """[[About 17,350 households|displaced;a=the International Organization for Migration]] have
    fled Hodeidah governorate since the offensive on the port city began in early June, the
    International Organization for Migration said on Tuesday, citing its displacement tracking
    teams. Most have moved within the governorate or to Sana'a, about {{230 kilometres}} to the
    east, while [[some 3,700 households|displaced]] made the longer journey south to Aden and
    Lahj. The agency said it had registered [[an average of 1,000 families a day|displaced;a=The
    agency;alt=the International Organization for Migration]] between {{13 June}} and
    {{1 July}}, the busiest period since the conflict escalated in {{March 2015}}. In Aden, the
    local authority opened [[six schools|capacity;a=a UN official]] as temporary shelters, but they were
    holding [[more than 2,400 people|displaced;a=a UN official]], {{three times}} their
    capacity, a UN official said. UNHCR said it had given [[5,200 families|aid;a=UNHCR]] cash
    assistance of {{50,000 rials}} each, worth about {{$200}}, to cover rent and food for
    {{three months}}. UNICEF said it had distributed [[4,000 hygiene kits|aid;a=UNICEF]] in the
    past week to stop the spread of cholera. The World Food Programme aims to reach
    [[160,000 people|aid;p]] in and around Hodeidah with emergency rations this month. The UN
    has warned that [[as many as 340,000 more|displaced;p;n=-;a=The UN]] could be forced from
    their homes if the fighting reaches the city centre, where [[some 600,000|civilians;a=The UN]] still
    live.""",
)

item(
    "Iraq's camp deadline passes with thousands still under canvas",
    """When Baghdad ordered the closure of the last displacement camps in the Kurdistan Region
    by {{30 July}}, [[some 110,000 people|displaced;a=the UN]] still lived in the region's
    [[23 camps|capacity;a=the UN]], according to the UN. Most are Yazidis from Sinjar, the
    district west of Mosul that the Islamic State group overran in {{2014}}. By the end of
    October, [[4,870 families|returned;a=the Ministry of Migration and Displacement]] had left
    the camps in Duhok governorate, [[about 3,100 of them|returned;n=-;u=household;a=the Ministry of
    Migration and Displacement]] for Sinjar, the Ministry of Migration and Displacement said.
    Each returning family is promised a grant of {{4 million dinars}}, roughly {{$3,000}}, but
    many say it barely covers a year of rent. Only [[two camps|capacity]] have actually
    closed, and the deadline has quietly lapsed. The Norwegian Refugee Council estimates that
    {{70 percent}} of homes in Sinjar town are still damaged. Khalida, {{38}}, went back in
    March and was in the camp again by May. She now shares a tent in Sharya with
    [[nine relatives|displaced]]. "There is no water, no school, no work," she said. [[Some 600
    families|displaced;a=the International Organization for Migration]] who went back to
    Sinjar in {{2023}} have since returned to the camps, the International Organization for
    Migration says. The Kurdistan Regional Government says it still hosts
    [[about 630,000 displaced Iraqis|displaced;a=The Kurdistan Regional Government]] in and
    out of camps, as well as [[260,000 Syrian refugees|displaced;a=The Kurdistan Regional
    Government]]. Baghdad argues that {{seven years}} after the defeat of the Islamic State
    group in {{2017}}, it is time for displacement to end, and the last camp in federal Iraq,
    {{Jeddah 5}}, closed in {{April}}. But Sinjar is still contested between Baghdad, Erbil and
    armed groups, and a {{2020}} agreement to restore a single administration there has never
    been carried out.""",
)

item(
    "Lebanese stream south hours after ceasefire takes hold",
    """[[Tens of thousands of people|returned]] headed back to southern Lebanon and Beirut's
    southern suburbs on Wednesday, hours after a ceasefire between Israel and Hezbollah took
    effect at {{4am}}, jamming the coastal highway south of Sidon with cars piled with
    mattresses. The Israeli army warned residents not to return to
    [[more than 60 villages|other;a=The Israeli army]] along the border, where its troops
    remain. Lebanon's caretaker government says [[more than 1.2 million people|displaced;v=1200000;a=Lebanon's
    caretaker government]] were forced from their homes in {{two months}} of full-scale war.
    By evening, General Security had counted [[about 40,000 people|returned;a=General
    Security]] coming back from Syria through the Masnaa crossing, which reopened on Tuesday
    after repairs. UNHCR said [[some 1,800 Lebanese|returned;a=UNHCR]] had also crossed home
    through the northern Arida post. Of the [[1,100 collective shelters|capacity;a=the disaster
    risk management unit]] opened since September, [[about 350|capacity;u=structure;a=the disaster risk
    management unit]] had emptied by nightfall, the disaster risk management unit said. In a
    school in Beirut's Hamra district, Mona Hassan, {{47}}, folded blankets after {{65 days}}
    in a classroom. "We don't know if the house is standing," she said. The World Food
    Programme said it would send [[40 trucks|aid;p;a=The World Food Programme]] of food
    parcels to the south as soon as roads were cleared, and the Lebanese army said it would
    deploy [[5,000 troops|combatants;p;a=the Lebanese army]] south of the Litani river under
    the deal.""",
)

item(
    "Zaatari camp marks a decade in the desert",
    """Zaatari, which opened on {{29 July 2012}} in the desert {{12 kilometres}} from the Syrian
    border, marks its {{tenth}} anniversary this week as the largest camp for Syrian refugees in
    the Middle East. What began as a field of tents is now a town of prefabricated caravans,
    with paved roads, a market street and a solar plant that has supplied power for up to
    {{14 hours}} a day since {{2017}}. More than {{half}} of its residents are {{under 18}}, and
    {{about 20 percent}} were born in the camp, according to UNHCR. Families receive {{23
    dinars}}, about {{$32}}, per person a month in food vouchers from the World Food Programme,
    a sum that has not changed since {{2019}} while prices have risen by {{a third}}. Abu
    Yousef, {{63}}, has run a bicycle repair shop in the camp for {{nine years}}. "I thought we
    would be here {{two weeks}}," he said. With the war in its {{12th}} year, aid officials say
    return is not in sight for most, and funding for the Jordan response stood at
    {{34 percent}} of the {{$2.28 billion}} requested for {{2022}} at the end of June. UNHCR's
    helpline for refugees in Jordan, {{06 400 8000}}, now receives most of its calls about
    rent and work permits.""",
)
