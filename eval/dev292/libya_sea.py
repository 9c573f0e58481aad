"""dev292 items: migrants and refugees at sea and in detention (interceptions, shipwrecks,
rescues, detention centres, trafficking camps, deportations, evacuation and repatriation
flights)."""

from _wrap import item

item(
    "IOM: more than 1,100 migrants returned to Libya in a week",
    """
    In the week to {{March 15}}, [[1,127 migrants|other;a=the International Organization for Migration]]
    were intercepted at sea and returned to Libya, the International Organization for Migration
    said. Since the start of the year,
    [[5,412 people|other;a=the agency;alt=the International Organization for Migration]] have
    been intercepted, [[362 women|other;a=the agency;alt=the International Organization for Migration]]
    and [[214 children|other;a=the agency;alt=the International Organization for Migration]]
    among them, the agency said. It recorded
    [[93 deaths|killed;a=the International Organization for Migration]] and
    [[160 people|missing;a=the International Organization for Migration]] missing on the Central
    Mediterranean route from Libya over the same period. Most of those disembarked at Tripoli's
    main port and at Al-Khums were transferred to detention centres, where IOM said
    [[about 4,500 migrants|arrested;a=IOM]] are now held.
    """,
)

item(
    "As many as 150 feared drowned off Al-Khums",
    """
    [[As many as 150 people|missing;a=UNHCR]] were feared drowned after
    [[two boats|other;a=UNHCR]] carrying [[about 300 migrants|other;a=UNHCR]] capsized off
    Al-Khums, UNHCR said on {{July 25, 2019}}. Fishermen and the Libyan coastguard brought
    [[about 145 survivors|other]] ashore. A Libyan Red Crescent spokesman, Abdel Moneim Abu
    Sbeih, said volunteers had recovered [[62 bodies|killed;a=Abdel Moneim Abu Sbeih]] from the
    beaches east of the town by {{Saturday}}. Survivors said the smugglers had charged each
    passenger {{$1,500}} for the crossing. [[More than 600 people|killed;a=IOM]] had died trying
    to cross from Libya since {{January}}, IOM said. IOM said [[about 80 of the survivors|arrested;a=IOM]] were taken to the Tajoura detention
    centre. The UN refugee chief called it the worst Mediterranean tragedy of the year.
    """,
)

item(
    "Charter flight takes 164 Nigerians home from Tripoli",
    """
    A charter flight carrying [[164 Nigerians|returned]] left Mitiga airport for Lagos on
    {{Tuesday}}, the {{seventh}} such flight this year under the International Organization for
    Migration's voluntary return programme. IOM said the programme had helped
    [[more than 16,000 migrants|returned;a=IOM]] go home from Libya in {{2024}}, and that it
    planned [[about 40 flights|other;p;a=IOM]] in the first half of {{2025}}. Since {{2015}},
    the agency says, [[over 90,000 people|returned;a=the agency;alt=IOM]] have been flown home.
    Nigeria's National Emergency Management Agency (NEMA) said it expected
    [[another 300 returnees|returned;p;a=Nigeria's National Emergency Management Agency (NEMA)]]
    next month. Each flight carries [[between 150 and 180 passengers|returned;a=IOM]], IOM says.
    IOM says [[about 5,200 returnees|aid;a=IOM]] received reintegration assistance
    last year, including grants worth up to {{$1,000}} each.
    """,
)

item(
    "Thousands of migrants detained in Gargaresh raids",
    """
    Security forces rounded up [[more than 5,000 migrants|arrested;a=UN agencies]], among them
    [[hundreds of women and children|arrested;a=UN agencies;n=women and children]], in raids on
    homes in the Gargaresh district of Tripoli, UN agencies said on {{October 5, 2021}}. The raids
    left [[one migrant|killed;a=the UN]] dead and [[at least 15|injured;a=the UN]] wounded, the UN
    said. MSF said Al-Mabani detention centre, built to hold
    [[about 1,000 people|capacity;a=MSF]], was crammed with [[over 4,000 detainees|arrested;a=MSF]].
    Days later, guards opened fire during a mass breakout, killing
    [[six detainees|killed;a=IOM]], according to IOM. The Directorate for Combating Illegal
    Migration said [[about 2,000 escapees|other;a=The Directorate for Combating Illegal Migration]]
    remained at large.
    """,
)

item(
    "Ocean Viking rescues 118 off Zuwara",
    """
    SOS Mediterranee said its ship Ocean Viking had pulled
    [[118 people|other;a=SOS Mediterranee]] from
    [[two overcrowded rubber boats|other;a=SOS Mediterranee]] about {{40 nautical miles}} off
    Zuwara on {{Sunday}}. Among those rescued were [[34 unaccompanied minors|other]] and
    [[nine women|other]] and a baby. The charity said
    [[one man|killed;a=The charity;alt=SOS Mediterranee]] was found dead in the bottom of a boat
    and [[three|missing;a=The charity;alt=SOS Mediterranee]] were reported missing by survivors.
    Italian authorities assigned the ship the port of Ancona, more than {{1,400 km}} away.
    Italy's interior ministry said [[more than 66,000 migrants|displaced;a=Italy's interior ministry]]
    had reached its shores by sea this year, {{about 40 percent}} of them from Libya.
    """,
)

item(
    "Raid on Kufra trafficking den frees 76 migrants",
    """
    Security forces in Kufra freed [[76 migrants|kidnapped;a=the Kufra security directorate]] who
    had been held for ransom in a warehouse on the edge of the town, the Kufra security
    directorate said on {{Sunday}}. They included [[eleven women|kidnapped]] and a
    {{14-year-old}} boy. The directorate said
    [[four suspected traffickers|arrested;a=The directorate;alt=the Kufra security directorate]]
    were arrested. Survivors said [[at least 30 other captives|kidnapped;a=Survivors]] had been
    moved to another site days before the raid, and that families were made to pay ransoms of
    {{$2,000 to $5,000}}. Nearby, the Libyan Red Crescent said it had recovered
    [[19 bodies|killed;a=the Libyan Red Crescent]] from a shallow grave. Doctors Without Borders,
    which runs clinics in Bani Walid, said it had treated
    [[more than 1,000 people|injured;a=Doctors Without Borders]] for injuries suffered in
    traffickers' camps since {{2017}}.
    """,
)

item(
    "EU to hand Libya's coastguard three more patrol boats",
    """
    The European Union will hand [[three more patrol boats|other;p;a=an EU official]] to Libya's
    coastguard by the end of {{2025}}, an EU official told AFP. Since {{2017}}, the bloc says,
    it has trained [[more than 500 coastguard personnel|other;a=the bloc;alt=The European Union]].
    The programme, worth {{€57 million}}, also paid for [[14 four-wheel-drive vehicles|other]]
    and a control room in Tripoli. Rights groups say the coastguard has intercepted
    [[more than 150,000 people|other;a=Rights groups]] at sea since the EU began funding it, and
    that [[thousands|arrested;a=Rights groups]] of them were then held in detention centres.
    Italy's coastguard said it had coordinated the rescue of
    [[about 12,000 people|other;a=Italy's coastguard]] off Libya in the first half of the year.
    """,
)

item(
    "EU renews Libya migration funding",
    """
    The European Commission approved a further {{€65 million}} for migration programmes in Libya
    on {{June 3, 2024}}, bringing its support since {{2015}} to about {{€700 million}}. Crossings
    from Libya to Italy fell by {{58 percent}} in {{2024}} compared with the previous year,
    according to Frontex. The memorandum signed by Rome and Tripoli on {{February 2, 2017}} was
    renewed automatically in {{2020}} and again in {{2023}}, for {{three years}} each time.
    Italy spent {{€32.6 million}} on the Libyan coastguard between {{2017}} and {{2022}}, a
    report by Oxfam found. The Commission said {{30%}} of the new funds would go to voluntary
    return and reintegration.
    """,
)

item(
    "Migrants left in the desert on the Tunisian border",
    """
    Libyan border guards said they had rescued
    [[more than 150 migrants|other;a=Libyan border guards]] left in the desert near Al-Assah
    after being driven across the frontier by Tunisian security forces. The Libyan Red Crescent
    said it had found [[27 bodies|killed;a=The Libyan Red Crescent]] in the area since
    {{July 2023}}. Human Rights Watch said Tunisian forces had expelled
    [[at least 1,200 Black African migrants|displaced;a=Human Rights Watch]] to the Libyan and
    Algerian borders in the first weeks of the summer. IOM said
    [[about 300|displaced;a=IOM]] were still stranded at the Ras Jedir crossing, where
    temperatures reached {{45C}}. Doctors at a hospital in Zuwara said
    [[dozens of people|injured;a=Doctors at a hospital in Zuwara]] had needed treatment for
    dehydration and burns. Aid workers said
    [[between 50 and 100 migrants a day|displaced;a=Aid workers]] were still arriving. The Libyan interior ministry said it had taken in
    [[about 800 of them|displaced;a=The Libyan interior ministry;n=-]] at a shelter in Al-Assah.
    """,
)

item(
    "UNHCR evacuates 153 refugees from Libya to Rwanda",
    """
    UNHCR said it had evacuated
    [[153 refugees and asylum-seekers|displaced;a=UNHCR;n=refugees and asylum-seekers]] from
    Libya to Rwanda on {{Thursday}}, the {{19th}} flight under the Emergency Transit Mechanism
    set up in {{2019}}. The Gashora transit centre, south of Kigali, can accommodate
    [[up to 700 people|capacity]]. In all, [[more than 2,400 people|displaced;a=the agency;alt=UNHCR]]
    have been flown to Rwanda, and [[about 1,600|displaced;a=the agency;alt=UNHCR]] have since
    been resettled in Canada, Sweden, Norway and elsewhere, the agency said. UNHCR has registered
    [[58,000 refugees and asylum-seekers|displaced;a=UNHCR;n=refugees and asylum-seekers]] in
    Libya, most of them Sudanese who fled the war that broke out in {{April 2023}}. UNHCR
    believes [[some 3,000 of them|arrested;a=UNHCR;n=-]] are being held in detention centres.
    """,
)

item(
    "Pylos trawler had left Tobruk with up to 750 aboard",
    """
    The fishing trawler that sank off the Greek coast near Pylos on {{June 14, 2023}} had left
    the eastern Libyan port of Tobruk carrying [[as many as 750 people|other;a=survivors]],
    survivors told investigators. The Hellenic Coast Guard rescued [[104 people|other]] and
    recovered [[82 bodies|killed]]. [[Hundreds|missing]] more, among them women and children
    kept in the hold, are presumed drowned. [[Nine Egyptian men|arrested]] were arrested in
    Greece on suspicion of people smuggling. In Libya, the interior ministry of the
    Benghazi-based government said it had detained
    [[eight suspected smugglers|arrested;a=the interior ministry of the Benghazi-based government]]
    in Tobruk. Departures from the east have surged: Italian figures show
    [[about 30,000 people|displaced;a=Italian figures]] reached Italy from Cyrenaica in the first
    half of the year.
    """,
)

item(
    "Benghazi agency deports 1,435 Egyptians",
    """
    The Anti-Illegal Immigration Agency in Benghazi said on {{Saturday}} it had deported
    [[1,435 Egyptian nationals|returned;a=The Anti-Illegal Immigration Agency in Benghazi]]
    through the Musaid border crossing after holding them in Ganfouda for up to
    {{three months}}. [[A further 600 migrants|arrested;a=The Anti-Illegal Immigration Agency in Benghazi]]
    from Chad, Sudan and Niger remain in its custody, it said. A convoy of
    [[42 buses|other]] carried the deportees to the border. Niger's government said
    [[about 700 of its citizens|returned;p;a=Niger's government]] would be flown home from
    Benghazi next week. IOM said it had helped [[more than 4,000 migrants|returned;a=IOM]] return
    from eastern Libya to Niger and Chad this year. Rights groups said
    [[at least 40 Sudanese refugees|returned;a=Rights groups]] had been deported despite the war
    at home.
    """,
)

item(
    "UNICEF says 1,100 children held in Libya's migrant centres",
    """
    UNICEF said on {{Monday}} that [[more than 1,100 children|arrested;a=UNICEF]],
    [[about 300 of them|arrested;a=UNICEF;n=-]] unaccompanied, were being held in migrant
    detention centres in Libya. The agency said it had delivered
    [[4,000 hygiene kits|aid;a=The agency;alt=UNICEF]] and
    [[2,500 winter clothing sets|aid;a=The agency;alt=UNICEF]] to the centres since
    {{November}}. In Zuwara, [[two teenage boys|killed;a=Belady]] were shot dead by guards during
    an escape attempt last month, according to the Libyan rights group Belady. The Tripoli
    government says it runs [[27 detention centres|other;a=The Tripoli government]] holding
    [[some 3,300 people|arrested;a=The Tripoli government]]. Children {{as young as eight}} are
    held with adults, the agency said.
    """,
)

item(
    "Sabratha battle leaves thousands of migrants stranded",
    """
    {{Three weeks}} of fighting in the coastal city of Sabratha killed
    [[at least 39 people|killed;a=the city's hospital]] and wounded
    [[more than 300|injured;a=the city's hospital]], the city's hospital said on
    {{October 7, 2017}}. Authorities said they had found
    [[about 14,500 migrants|kidnapped;a=Authorities]] held captive by smugglers in farms and
    warehouses around the city after the Dabbashi militia was driven out. IOM said
    [[more than 6,000 of them|arrested;a=IOM;n=-]] were taken to a hangar in the Dahman area that
    served as a detention site. The Dabbashi group, which locals say had
    [[about 500 men|combatants;a=locals]] under arms, ran much of the smuggling trade from the
    city's beaches. By the end of the year, IOM said, [[about 3,000 of them|returned;a=IOM;n=-]] had
    been flown home to Nigeria, Guinea and Senegal. The municipal council said
    [[nearly 1,200 families|displaced;a=The municipal council]] had fled to Zuwara and Surman.
    """,
)

item(
    "Hotline loses contact with boat carrying 60",
    """
    Alarm Phone, a hotline for migrants in distress, said on {{Wednesday}} it had lost contact
    with a rubber boat carrying [[about 60 people|missing;a=Alarm Phone]] that left Zuwara
    {{two days}} earlier. A second boat with [[47 people|other;a=the group;alt=Alarm Phone]] on
    board was intercepted by the Libyan coastguard and taken back to Tripoli, the group said. The
    Armed Forces of Malta said they had rescued
    [[27 people|other;a=The Armed Forces of Malta]] from a wooden boat in the Maltese search
    and rescue zone. IOM's Missing Migrants Project has recorded
    [[more than 1,400 deaths|killed;a=IOM's Missing Migrants Project]] on the route this year,
    and [[at least 900 people|missing;a=IOM's Missing Migrants Project]] whose bodies were never
    found. [[Three bodies|killed;a=residents]] washed ashore near Sabratha on {{Tuesday}},
    residents said.
    """,
)

item(
    "Libya's search and rescue zone, explained",
    """
    Libya declared its own search and rescue region in {{December 2017}}, and the International
    Maritime Organization registered it in {{June 2018}}. The zone reaches as far as
    {{94 nautical miles}} from the coast in places, and a coordination centre in Tripoli was
    meant to answer distress calls {{24 hours}} a day. Critics noted that in {{2019}} the
    centre often did not pick up the phone. Italy's {{2017}} memorandum, renewed in
    {{November 2019}}, pledged equipment and training. Waves off Zuwara can exceed
    {{4 metres}} in winter, when water temperatures fall to {{15C}}. The European Court of
    Human Rights ruled on the matter in {{2012}}, long before the zone existed.
    """,
)

item(
    "IOM counts 725,000 migrants in Libya",
    """
    IOM's Displacement Tracking Matrix counted
    [[about 725,000 migrants|civilians;a=IOM's Displacement Tracking Matrix]] in Libya in its
    latest round of data collection, which ran from {{May}} to {{June 2024}}. Nigeriens made up
    the largest group, at {{24 percent}}, followed by Egyptians and Sudanese. The report also
    counted [[about 170,000 internally displaced Libyans|displaced;a=The report]] and
    [[704,000 returnees|returned;a=The report]]. IOM estimated that
    [[about 1.2 million people|civilians;a=IOM]] across Libya needed humanitarian assistance,
    and said it had given medical consultations to [[32,000 migrants|aid;a=IOM]] in the first
    half of the year. The average migrant in Libya was {{31 years old}} and had been in the
    country for {{two years}}.
    """,
)
