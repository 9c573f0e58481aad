"""dev366 items: the February 2023 earthquake in the north-west, and the Bab al-Hawa crossing
with its aid convoys."""

from _wrap import item

item(
    "Quake kills hundreds in rebel-held north-west Syria",
    """[[At least 1,020 people|killed;a=the White Helmets]] were killed and
    [[more than 2,300|injured;a=the White Helmets]] injured in rebel-held north-west Syria after
    a {{magnitude 7.8}} earthquake struck southern Turkey at {{4:17 am}} on Monday, the White
    Helmets said. The rescue group said [[more than 210 buildings|housing;a=The rescue
    group;alt=the White Helmets]] had collapsed completely and
    [[hundreds of families|civilians;a=The rescue group;alt=the White Helmets]] were trapped
    under the rubble. Its head, Raed al-Saleh, said
    [[3,000 volunteers|other;a=Raed al-Saleh]] were digging, many with their bare hands, in
    Jinderes, Harem, Salqin and Atarib. "We need heavy machinery," he said. In
    government-held areas, the health ministry reported
    [[at least 430 dead|killed;a=the health ministry]].""",
)

item(
    "White Helmets end rescue phase, toll climbs past 2,200",
    """The White Helmets ended their search and rescue operations in north-west Syria on Friday
    after {{108 hours}}, saying [[2,274 people|killed;a=The White Helmets]] had been killed and
    [[more than 12,400|injured;a=The White Helmets]] injured in the areas they cover. The
    group said its volunteers had pulled [[2,950 people|other;a=The group;alt=The White
    Helmets]] alive from the rubble. [[Over 550 buildings|housing;a=the group;alt=The White
    Helmets]] were totally destroyed and [[1,570|housing;a=the group;alt=The White
    Helmets;u=structure]] partially, the group added. [[Some 100 people|missing]] are still
    unaccounted for in Jinderes and Salqin. "We are now recovering bodies, not people," Raed
    al-Saleh said. He said the teams had received [[one convoy|aid;u=other;a=Raed
    al-Saleh]] of specialised equipment from abroad in {{four days}}.""",
)

item(
    "Jinderes counts its dead",
    """[[More than 1,100 people|killed;a=local officials]] died in the town of Jinderes alone,
    local officials said, making it the worst-hit place in Syria.
    [[About 300 buildings|housing;a=the local council]] in the town collapsed, the local council
    said, and [[6,000 families|displaced;a=the local council]] are sleeping in cars, tents or
    olive groves. A baby girl, her mother dead, was pulled from the ruins of her home
    {{10 hours}} after the quake. The bodies of [[1,100 Syrians|killed;a=the crossing's
    administration]] killed in Turkey had been carried home through Bab al-Hawa by Friday,
    the crossing's administration said, with [[dozens more|killed;a=the crossing's administration;n=-]] arriving each day. [[Around 150 people|missing;a=the council;alt=the local council]] were still missing on Thursday, according to the council. Turkish-backed factions sent [[several hundred fighters|combatants]] to help dig.""",
)

item(
    "First UN aid crosses into north-west Syria after quake",
    """The {{first}} UN convoy since the earthquake, [[six trucks|aid;a=a UN spokesperson]] carrying
    tents, blankets and hygiene kits, crossed at Bab al-Hawa on {{February 9}}, a UN
    spokesperson said. The cargo was meant for [[about 5,000 people|aid]]. Before the quake, [[about 145 trucks a week|aid;a=OCHA]] crossed on
    average, according to OCHA. Mark Cutts said [[4.1 million people|civilians;a=Mark Cutts;v=4100000]]
    in the north-west depended on aid even before the disaster. The UN said
    [[another 14 trucks|aid;p;a=The UN]] were expected on Friday. President Bashar al-Assad
    agreed on Monday to open the Bab al-Salam and al-Rai crossings for {{three months}}.""",
)

item(
    "Security Council extends Bab al-Hawa mandate for six months",
    """The UN Security Council on Monday extended the use of the Bab al-Hawa crossing for aid
    deliveries for {{six months}}, adopting {{Resolution 2672}} by a vote of {{15-0}}.
    [[More than 4.1 million people|civilians;a=OCHA;v=4100000]] in north-west Syria need assistance, OCHA
    said, and [[around 600 trucks a month|aid;a=OCHA]] crossed at Bab al-Hawa in {{2022}}. The
    World Food Programme said [[2.7 million people|aid;a=The World Food Programme]] received its
    food through the crossing each month. Russia, which pushed the mandate down from
    {{12 months}} in {{2021}}, said the route should be replaced by deliveries across the front
    lines. Aid agencies say [[1,000 to 1,200 trucks a month|aid;p;a=Aid agencies]] will be needed through the winter. Only [[10 convoys|aid;a=Russia]] have crossed from Damascus since {{August 2021}},
    Russia said.""",
)

item(
    "Russian veto shuts UN route at Bab al-Hawa",
    """Russia vetoed a {{nine-month}} extension of the Bab al-Hawa mandate on Tuesday, halting UN
    deliveries through the crossing. [[More than 4,000 trucks|aid;a=the UN]] crossed there in the {{first half of 2023}}, carrying {{85 per cent}} of UN aid to the north-west, the UN
    said. OCHA said the route served [[about 2.5 million people|aid;a=OCHA]] each month. Days
    later Damascus said it would allow the UN to use the crossing for {{six months}} on its own
    terms. Jens Laerke said OCHA expected to move
    [[up to 150 trucks a week|aid;p;a=Jens Laerke]] once talks were complete. On a normal day before the veto, [[50 to 60 trucks|aid;a=customs officials]] used the crossing, customs officials said. The Syrian Response Coordination Group said [[more than 1,700 camps|capacity;a=The Syrian Response Coordination Group]] relied on UN-funded services. Until then, [[some 80 trucks|aid;a=aid officials]] loaded with food and medicine were parked on the
    Turkish side, aid officials said.""",
)

item(
    "Syrians in Turkey head home after quake",
    """[[More than 40,000 Syrians|returned;a=the crossing's administration]] have crossed into
    north-west Syria from Turkey since Ankara let quake survivors leave for up to
    {{six months}} without losing their protection status, the crossing's administration said.
    [[About 1,800 a day|returned]] were crossing at the peak, and [[8 to 10 buses|other]] left the Turkish side every hour. Turkey's interior ministry said [[some 1,900 Syrians|returned;a=Turkey's interior ministry]] had registered to leave through Cilvegozu on Monday alone.
    Many say they have nowhere left in Antakya or Kahramanmaras. The bodies of
    [[1,750 Syrians|killed;a=officials at Bab al-Hawa]] killed in Turkey had been brought to be
    buried in Syria by the end of February, officials at Bab al-Hawa said. The UN refugee
    agency said [[1.7 million Syrian refugees|displaced;a=The UN refugee agency]] lived in the
    Turkish provinces hit by the quake.""",
)

item(
    "OCHA: quake displaced 86,000 in north-west Syria",
    """[[Some 86,000 people|displaced;a=OCHA]] have been newly displaced in north-west Syria by the
    earthquake, OCHA said on Wednesday. Most are sheltering in
    [[over 300 collective centres|capacity]] set up in mosques, schools and halls.
    Local engineers have inspected [[10,600 buildings|housing;a=Local engineers]] that were
    damaged, they said. [[1,700 families|displaced]] have moved into
    [[28 new camps|capacity]] near Jinderes and Afrin. Shelter agencies said
    [[40,000 tents|aid;p;a=Shelter agencies]] were needed. The quake struck at {{4:17 am}}.""",
)

item(
    "Aftershock rattles Idlib, wounding scores",
    """A {{magnitude 6.4}} aftershock struck near Antakya on Monday evening, {{two weeks}} after the {{first}} quake. [[At least 190 people|injured;a=the White Helmets]] were hurt in north-west
    Syria, most of them jumping from balconies or in stampedes, the White Helmets said.
    [[Two dozen buildings|housing;a=the group;alt=the White Helmets]] that had already been damaged came down,
    the group said. [[Several hundred families|displaced;a=local councils]] in Jinderes and Harem
    slept outdoors, local councils said. In Jinderes, [[between 150 and 200 people|displaced;a=a local official]] who had gone back into cracked homes left them again, a local official said. [[About 40 rescue teams|other;u=other]] were sent out to check damaged buildings overnight. In Turkey, [[six people|killed;a=Turkey's disaster agency]] were killed, Turkey's disaster agency said.""",
)

item(
    "Fuel convoy from Kurdish areas turned back",
    """A convoy of [[100 fuel tankers|aid;a=the Kurdish-led administration]] sent by
    the Kurdish-led administration of north-east Syria for quake survivors was stopped at the
    Um Jloud crossing by Turkish-backed factions, the administration said on Sunday. After
    {{five days}}, [[30 tankers|aid;a=the factions]] were let through, the factions said.
    Hayat Tahrir al-Sham, which rules Idlib, refused [[some 40 trucks|aid;a=HTS officials]] of aid from government-held areas, HTS officials said. The administration said
    [[two drivers|kidnapped;a=The administration]] had been held overnight by a faction near
    Manbij. The UN says
    [[4,000 tonnes|aid;a=The UN]] of supplies has reached the region from Turkey since the
    quake. Aid workers on the ground said [[thousands of people|civilians;a=Aid workers on the
    ground]] were still without heating fuel.""",
)

item(
    "Jinderes begins to rebuild",
    """Qatar-funded contractors began work on Sunday on [[2,000 homes|housing;p;a=organisers]]
    to be rebuilt in Jinderes by the end of the year, organisers said. A Turkish-backed project
    plans a further [[70,000 housing units|capacity;p;a=A Turkish-backed project]] across
    north-west Syria. [[About 500 families|displaced;a=the local council]] have moved from
    tents into prefabricated homes on the town's outskirts, the local council said. Rubble
    clearance has removed [[over 12,000 truckloads|other;a=the council;alt=the local council;u=other]] of
    debris, the council added. Turkish engineers said [[some 3,500 buildings|housing;a=Turkish engineers]] in the town would have to be demolished. [[Between 250 and 300 workers|other]] are on site each day. Residents say that {{40 per cent}} of their neighbours have not come back.""",
)

item(
    "Families of the quake's missing search camps and hospitals",
    """The families of [[more than 60 people|missing;a=the International Committee of the Red
    Cross]] who disappeared in the earthquake in north-west Syria are still looking for them,
    the International Committee of the Red Cross said. Local authorities buried
    [[about 400 unidentified bodies|killed;a=Local authorities]] in the {{first week}}, they said,
    many without DNA samples being taken. The Syrian Red Crescent has taken
    [[some 90 reports|other;a=The Syrian Red Crescent;u=other]] of children separated from their
    parents, it said. [[Eleven children|missing;a=aid workers]] are still listed as missing in
    Jinderes alone, aid workers said. [[Three|other]] were reunited with relatives in Turkey this week. Police in Afrin said they had found [[two children|kidnapped;a=Police in Afrin]] taken from a hospital ward by a woman posing as their aunt.""",
)

item(
    "UN relief chief: 'We have failed the people in north-west Syria'",
    """Martin Griffiths said on Sunday that the UN had "failed the people in north-west Syria"
    after only [[52 trucks|aid;a=the UN]] of UN aid crossed in the {{first week}} after the quake,
    according to the UN. By the end of March, [[more than 1,400 trucks|aid;a=OCHA]] had crossed
    through Bab al-Hawa, Bab al-Salam and al-Rai, OCHA said. Rescuers said many might have survived had equipment arrived earlier. The Syrian Response Coordination Group said [[more than 40,000 families|displaced;a=The Syrian Response Coordination Group]] were still without shelter at the end of the month. The White Helmets said [[some 230 teams|other;a=The White Helmets;u=other]] had
    worked without foreign help. Griffiths visited the Bab al-Hawa crossing on {{February 12}}
    and met [[a dozen survivors|other]] in Sarmada.""",
)

item(
    "Schools in quake zone turned into shelters",
    """[[Over 1,000 schools|housing;a=UNICEF]] in north-west Syria were damaged by the earthquake,
    UNICEF said, and [[about 300 more|capacity;a=UNICEF;u=structure;n=-]] are being used as
    shelters. [[Some 250,000 children|civilians;a=the agency;alt=UNICEF]] have missed classes
    since {{6 February}}, the agency said. The Idlib education directorate plans to reopen
    [[430 schools|other;p;a=The Idlib education directorate]] after the spring break. Teachers in Salqin have been holding lessons in [[eight tents|other]]. [[Between 60 and 70 teachers|killed;a=the directorate;alt=The Idlib education directorate]] died in the quake, the directorate said.""",
)

item(
    "Bab al-Hawa's customs revenue under scrutiny",
    """Hayat Tahrir al-Sham's administration collected an estimated {{$30 million}} to
    {{$40 million}} a year in fees at Bab al-Hawa before the quake, analysts say. Traders pay
    {{$150}} to {{$300}} per truck, depending on the cargo. Fuel imports rose {{22 per cent}} in
    {{2022}}. The administration says the revenue pays salaries, which rose to {{$150}} a
    month in {{January 2023}}. Critics say {{half}} of it goes to the group's military wing.""",
)

item(
    "What made the February 2023 quakes so destructive",
    """The {{7.8}} magnitude quake struck at {{4:17 am}} local time on {{6 February 2023}} at a
    depth of about {{18 km}}, and its rupture ran for {{more than 300 km}} along the East
    Anatolian Fault. A {{7.5}} magnitude quake followed {{nine hours}} later, about {{95 km}} to
    the north. Seismologists say shaking lasted {{over 80 seconds}}. Many buildings in Idlib
    had been built after {{2012}} without permits, and some had been weakened by years of
    bombing.""",
)
