"""Disasters and accidents, followed up: floods, earthquakes, storms, a camp fire, a train
crash, a stadium crush and buses swept away; tolls revised, the missing found or still
sought, the homeless sheltered, homes lost, aid handed out (12 articles with figures, 1
without)."""

from _wrap import item

item(
    "Derna: WHO confirms 4,000 dead as thousands remain missing",
    """[[More than 4,000 people|killed;a=the World Health Organization]] have been confirmed
    dead in the Libyan city of Derna, the World Health Organization said on Sunday, a week
    after dams above the city burst during Storm Daniel. [[More than 8,500|missing;n=-;a=the
    World Health Organization]] are still missing, it said. The Libyan Red Crescent retracted
    an earlier toll of [[11,300|killed;n=-;a=The Libyan Red Crescent]], saying it had been misquoted. Derna's mayor,
    Abdulmenam al-Ghaithi, has warned that the final toll could reach
    [[between 18,000 and 20,000|killed;n=-;p;a=Abdulmenam al-Ghaithi;alt=Derna's mayor]]. Burial
    teams have buried [[more than 3,000 bodies|killed]] in mass graves outside the city, and bodies
    are still washing ashore along the coast. The International
    Organization for Migration said [[43,059 people|displaced;a=The International Organization
    for Migration]] had been displaced across the northeast, [[more than 30,000|displaced;n=-;
    a=The International Organization for Migration]] of them from Derna. Satellite images
    show [[about 900 buildings|housing]] were swept away. Local authorities said
    [[some 1,500 families|returned;a=Local authorities]] had gone back to homes in
    undamaged districts on the city's edge. The UN has appealed for
    {{$71 million}} over {{three months}} for the [[250,000 people|civilians;a=The UN]] it says
    are in need.""",
)

item(
    "A month after Turkey quakes, 1.9 million live in tents",
    """A month after the {{February 6}} earthquakes, [[more than 1.9 million people|displaced;
    v=1900000;a=Turkey's disaster management agency AFAD]] are living in tents and
    [[about 47,000|displaced;n=-;a=Turkey's disaster management agency AFAD]] in container
    homes, Turkey's disaster management agency AFAD said on Monday. The agency put the toll
    in Turkey at [[45,968|killed;n=-;a=The agency;alt=Turkey's disaster management agency
    AFAD]]. In neighbouring Syria, [[more than 5,900 people|killed]] died. According
    to the urbanisation ministry, [[over 160,000 buildings|housing;a=the urbanisation
    ministry]] containing [[520,000 apartments|housing;u=structure;a=the urbanisation
    ministry]] collapsed or were badly damaged. President Tayyip Erdogan has promised to build
    [[319,000 new homes|housing;p;a=President Tayyip Erdogan]] within a year. The justice
    ministry said [[184 people|arrested;a=The justice ministry]], including building
    contractors, had been arrested over collapsed buildings and
    [[612 suspects|other;a=The justice ministry]] were under investigation. Rescuers pulled a
    {{74-year-old}} woman alive from the rubble in Adiyaman after {{227 hours}}, one of the
    last rescues before the search ended. The quakes, of magnitude {{7.8}} and {{7.5}}, hit
    at {{4.17am}} and in the early afternoon of the same day, and were felt as far away as
    Cyprus and Egypt. The government estimates the cost of the disaster at more than
    {{$100 billion}}, about {{9%}} of national output. Critics say an amnesty for building
    code violations granted before the {{2018}} election allowed unsafe structures to remain
    standing. Erdogan, who faces voters in {{May}}, has asked for forgiveness for delays in the
    first days of the rescue effort.""",
)

item(
    "Morocco quake: survivors await tents as toll rises to 2,946",
    """Morocco's interior ministry said on Wednesday that
    [[2,946 people|killed;a=Morocco's interior ministry]] had died in the earthquake that
    struck the High Atlas on Friday night and [[5,674|injured;n=-;a=Morocco's interior
    ministry]] had been injured. In Al Haouz province alone, the ministry counted
    [[1,643 dead|killed;a=the ministry;alt=Morocco's interior ministry]]. The quake, of
    magnitude {{6.8}}, damaged or destroyed [[about 50,000 homes|housing;a=officials]] in
    [[nearly 3,000 villages|other]], officials said. The UN estimates that
    [[some 300,000 people|civilians;a=The UN]] were affected. Survivors in the mountain village
    of Tafeghaghte, where [[90|killed;n=-]] of the [[200 residents|civilians]] were
    killed, were sleeping in the open at {{8C}}. The government said it had distributed
    [[more than 40,000 tents|aid;a=The government]] and would give
    [[50,000 affected households|aid;p;a=The government]] monthly cash support of
    {{2,500 dirhams}} for a year. Morocco accepted rescue teams only from Spain, Britain, Qatar and the United Arab Emirates,
    a decision criticised by some aid groups.""",
)

item(
    "Valencia floods: missing list falls to four as clean-up goes on",
    """The number of people missing after the floods in Valencia fell to
    [[four|missing;n=-;a=Spain's government]] on Friday from [[89|missing;n=-;a=Spain's government]] a week earlier,
    Spain's government said, as [[dozens of people|other;a=Spain's government]] reported missing were found alive
    and others were identified among the dead. The toll in the region stands at
    [[223|killed;n=-;a=the regional emergency service]], according to the regional emergency
    service, and [[eight more people|killed]] died in Castilla-La Mancha and Andalusia.
    [[About 7,800 soldiers|combatants;a=the defence ministry]] have been deployed, the
    defence ministry said, along with [[thousands of police officers|combatants;a=the defence
    ministry]] and civil guards. Insurers estimate that [[120,000 vehicles|other;a=Insurers]]
    were destroyed. Volunteers have travelled to Paiporta and other towns to
    shovel mud. The regional government said it had rehoused
    [[about 1,200 people|displaced;a=The regional government]] whose homes were
    uninhabitable, in hotels and in [[140 empty flats|capacity;a=The regional government]]
    lent by banks. The floods, caused by an isolated depression, dropped a year's rain on
    some areas in {{eight hours}}.""",
)

item(
    "Odisha train crash: toll revised to 275, 81 bodies still unidentified",
    """Indian authorities on Sunday revised the death toll from Friday's train crash in
    Odisha's Balasore district down to [[275|killed;n=-;a=Indian authorities]] from
    [[288|killed;n=-;a=Indian authorities]], saying some bodies had been counted twice. Chief Secretary Pradeep Jena
    said [[1,175 people|injured;a=Chief Secretary Pradeep Jena]] had been treated in hospitals,
    of whom [[793|injured;n=-;a=Chief Secretary Pradeep Jena]] had been discharged.
    [[Eighty-one bodies|killed;a=officials]] had still not been identified, officials said,
    and were being held in containers in Bhubaneswar while relatives gave DNA samples. The
    crash involved [[three trains|other;u=other]]: the Coromandel Express, carrying
    [[about 1,250 passengers|other]], was wrongly switched onto a loop line and hit a goods
    train, and its derailed coaches struck the Yesvantpur-Howrah express. Railway minister
    Ashwini Vaishnaw said [[more than 1,000 workers|other;a=Railway minister Ashwini
    Vaishnaw]] had restored the track within {{51 hours}}. The Central Bureau of Investigation
    later arrested [[three railway employees|arrested]] on charges of culpable homicide. It
    was India's deadliest rail accident since {{1995}}. Investigators from the Commission of
    Railway Safety found that signal wiring had been altered during maintenance work weeks
    earlier and never properly tested. The railways paid compensation of {{1 million rupees}}
    to the family of each person killed. Prime Minister Narendra Modi visited the site and the
    hospital in Cuttack on {{June 3}}, promising that those responsible would be severely
    punished. The line reopened to traffic on {{June 5}}, and the first train to pass was
    greeted by workers at the site with folded hands.""",
)

item(
    "Fire leaves 12,000 Rohingyas homeless in Cox's Bazar camp",
    """A fire that swept through {{Camp 11}} in Balukhali on Sunday afternoon destroyed
    [[about 2,800 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]],
    leaving [[some 12,000 Rohingyas|displaced;a=the Refugee Relief and Repatriation
    Commissioner]] homeless, according to the Refugee Relief and Repatriation Commissioner.
    No deaths were reported, but [[a dozen people|injured]] were treated for burns and smoke
    inhalation. [[More than 90 facilities|housing;a=UNHCR]], including hospitals, learning
    centres and mosques, were damaged, UNHCR said. The fire burned for about
    {{three hours}} before [[11 fire service units|other;u=other]] brought it under control.
    [[About 2,000 people|displaced]] spent the night in learning centres and mosques in
    neighbouring camps. The World Food Programme said it had served hot meals to
    [[10,000 people|aid;a=The World Food Programme]] and UNHCR said it would distribute
    [[3,000 shelter kits|aid;p;a=UNHCR]]. Bangladesh hosts [[about 1 million Rohingya
    refugees|displaced]], most of whom fled a military crackdown in Myanmar in {{2017}}.""",
)

item(
    "Malawi: Freddy toll rises to 676 as survivors leave camps",
    """Malawi's Department of Disaster Management Affairs said on Friday that
    [[676 people|killed;a=Malawi's Department of Disaster Management Affairs]] were killed by
    Cyclone Freddy, up from [[511|killed;n=-;a=Malawi's Department of Disaster Management Affairs]] a week ago, and that
    [[537|missing;n=-;a=Malawi's Department of Disaster Management Affairs]] were still
    missing. The cyclone displaced [[659,278 people|displaced;a=the department;alt=Malawi's
    Department of Disaster Management Affairs]], who were sheltering in
    [[747 camps|capacity;a=the department;alt=Malawi's Department of Disaster Management
    Affairs]], the department said. [[2,178 people|injured]] were injured, most of them in
    Blantyre, where mudslides buried [[about 100 homes|housing]] in the Chilobwe township.
    Officials said [[some 200 families|returned;a=Officials]] had gone back to their villages
    from camps in Chikwawa as the water receded. The World Food Programme said it had reached
    [[30,000 households|aid;a=The World Food Programme]] with maize and beans. Freddy, which
    formed off Australia in {{early February}}, lasted more than {{five weeks}}, a record.""",
)

item(
    "Kristine death toll hits 150; 21 still missing, says NDRRMC",
    """The death toll from Severe Tropical Storm Kristine (Trami) has climbed to
    [[150|killed;n=-;a=the National Disaster Risk Reduction and Management Council]], with
    [[21 people|missing;a=the National Disaster Risk Reduction and Management Council]] still
    missing and [[129|injured;n=-;a=the National Disaster Risk Reduction and Management
    Council]] injured, the National Disaster Risk Reduction and Management Council said on
    Saturday. In Talisay, Batangas, rescuers recovered [[around 40 bodies|killed]] from a
    landslide that buried a village on the shore of Taal Lake. The storm affected
    [[more than 2 million families|civilians;a=the NDRRMC]] across Luzon and the Visayas, the NDRRMC
    said. [[Some 90,000 people|displaced;a=the council;alt=the National Disaster Risk Reduction and
    Management Council]] remain in [[1,500 evacuation centers|capacity;a=the council;alt=the
    National Disaster Risk Reduction and Management Council]], the council said, and
    [[more than 180,000 houses|housing;a=the council;alt=the National Disaster Risk Reduction
    and Management Council]] were damaged. The Department of Social
    Welfare and Development has released [[500,000 family food packs|aid;a=The Department of
    Social Welfare and Development]]. Kristine was the {{11th}} storm to hit the country this
    year, Rappler reported.""",
)

item(
    "Rio Grande do Sul floods: 580,000 displaced, thousands in shelters",
    """Floods in the southern Brazilian state of Rio Grande do Sul have killed
    [[169 people|killed;a=the state civil defense agency]] and [[44|missing;n=-;a=the state
    civil defense agency]] remain missing, the state civil defense agency said on Monday, down from the [[125|missing;n=-;a=the state civil defense agency]] listed a week ago. [[More than 580,000 people|displaced;a=the
    agency;alt=the state civil defense agency]] have been forced from their homes, the agency
    said, [[55,800|displaced;n=-;a=the agency;alt=the state civil defense agency]] of them in
    [[over 900 shelters|capacity;a=the agency;alt=the state civil defense agency]] set up in
    gyms, schools and churches. [[More than 77,000 people|other]] and
    [[12,000 animals|other;u=other]] have been rescued by boat and helicopter. The floods have
    affected [[about 2.3 million people|civilians;v=2300000]] in [[469 municipalities|other;u=other]].
    Porto Alegre's airport has been closed since {{May 3}}. The federal government has
    announced {{50.9 billion reais}} in aid.""",
)

item(
    "Kanjuruhan stadium crush: 135 dead, six charged",
    """Indonesian police on Thursday named [[six people|arrested;a=Indonesian police]] as
    suspects, including [[three officers|arrested;a=Indonesian police]] who ordered tear gas
    fired into the stands, over the crush at Kanjuruhan stadium in Malang that killed
    [[135 people|killed]]. Authorities had initially put the toll at
    [[174|killed;n=-;a=Authorities]] before revising it down, saying some victims had been
    counted twice, and it rose again as injured fans died. [[More than 40 children|killed;
    a=officials]] were among the dead, officials said. [[583 people|injured;a=the health
    ministry]] were injured, the health ministry said. Police fired [[11 tear gas
    canisters|other;a=Police]] at the crowd after fans invaded the pitch at the end of the
    match, police said. The stadium, built for [[38,000 spectators|capacity;a=investigators]],
    held [[about 42,000|other;n=-;a=investigators]] that night, investigators said. Football
    Association chairman Mochamad Iriawan said [[two club officials|arrested;a=Football
    Association chairman Mochamad Iriawan]] were among the
    suspects.""",
)

item(
    "Nepal: search for 45 missing bus passengers stretches into India",
    """Rescuers searching the Trishuli river for passengers from [[two buses|other]] swept off
    the highway by a landslide at Simaltal have recovered
    [[20 bodies|killed;a=police]], police said on Sunday, some of them
    {{100 kilometres}} downstream. The buses were carrying
    [[65 people|other;a=officials]] when they plunged into the swollen river before dawn on
    {{July 12}}, officials said. [[Three passengers|other]] jumped from one of the buses and
    swam to safety. [[Forty-five|missing;n=-]] are still missing. [[More than 400
    rescuers|other;a=the Armed Police Force]], including navy divers from India, have been
    deployed, according to the Armed Police Force. Relatives say they have been told almost
    nothing. Landslides and floods in the monsoon have killed
    [[at least 200 people|killed;a=the National Disaster Risk Reduction and Management
    Authority]] in Nepal since {{mid-June}}, according to the National Disaster Risk Reduction
    and Management Authority.""",
)

item(
    "Pakistan floods: toll crosses 1,390, says NDMA",
    """ISLAMABAD: The death toll from the monsoon floods rose to
    [[1,391|killed;n=-;a=the National Disaster Management Authority]] on Thursday, including
    [[458 children|killed;a=the National Disaster Management Authority]], the National Disaster
    Management Authority said. [[12,728 people|injured;a=the NDMA]] have been injured, the
    NDMA said, and [[more than 1.7 million houses|housing;v=1700000;a=the NDMA]] damaged or
    destroyed. Floods have also killed [[over 1 million head of livestock|killed]]. Sindh's relief department said [[about 550,000 people|displaced;
    a=Sindh's relief department]] were living in relief camps in the province, while
    [[hundreds of thousands|displaced;n=-]] more were camped along roads and embankments. The
    government says [[33 million people|civilians;a=The government]] have been affected.
    Army engineers have erected [[100,000 tents|aid]] and flown in [[more than 200 tonnes|aid]]
    of relief goods. Sindh has received {{355mm}} of rain this monsoon, {{five times}} its
    average.""",
)

item(
    "A year after Lahaina fire, rebuilding slowly begins",
    """A year after the wildfire that destroyed Lahaina on {{August 8, 2023}}, the first
    permits to rebuild have been issued, and officials expect clean-up of the burn zone to be
    finished by early {{2025}}. Maui County says the total cost of recovery could exceed
    {{$5.5 billion}}. Hawaii's governor Josh Green announced a {{$4 billion}} settlement with
    utilities and landowners this month. The fire, driven by winds of up to {{80 mph}}, burned
    more than {{2,000 acres}} in a few hours. Rents on Maui have risen by {{20%}} to {{30%}}
    since then, according to a University of Hawaii survey. A report by the Fire Safety
    Research Institute, released in {{April}}, found that the first fire had flared up again
    after {{3pm}}. Its second phase is due in {{2025}}. "It will take a decade," said a
    resident, {{68}}.""",
)
