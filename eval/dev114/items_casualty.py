"""Casualty pairs: the same kind of count given as killed in one twin and as wounded, missing
or rescued alive in the other; K12 sets people arrested against people injured (12 pairs,
K01-K12)."""

from _wrap import item, pair

pair("K01", "killed / wounded: 23 protesters shot dead, or 23 treated for gunshot wounds")
item(
    "Kenya: police shoot dead 23 as protesters storm parliament",
    """Kenyan police shot dead [[23 protesters|killed;a=the Kenya National Commission on Human
    Rights]] in Nairobi and other towns on Tuesday as crowds opposed to the finance bill forced
    their way into parliament, the Kenya National Commission on Human Rights said. The
    commission said [[more than 50 people|arrested;a=The commission;alt=the Kenya National
    Commission on Human Rights]] had been detained, some of them picked up from their homes
    overnight. Parts of the building were set alight before lawmakers were led out through a
    tunnel.""",
)
item(
    "Nairobi hospitals stretched after parliament protest shootings",
    """Kenyatta National Hospital said on Wednesday it was treating [[23
    protesters|injured;a=Kenyatta National Hospital]] for gunshot wounds after Tuesday's
    demonstrations against the finance bill, [[seven|injured;a=Kenyatta National Hospital]] of
    them in intensive care. The Kenya Medical Association said its volunteers gave first aid to
    [[about 160 people|injured;a=The Kenya Medical Association]] at makeshift posts in the city
    centre, most of them for tear gas. Police did not respond to requests for comment.""",
)

pair("K02", "killed / missing: bodies recovered in Derna, or people still unaccounted for")
item(
    "Derna buries its dead in mass graves as toll passes 3,000",
    """Rescue teams in Derna had recovered [[more than 3,000 bodies|killed;a=eastern Libya's
    health minister Othman Abduljalil]] by Wednesday, eastern Libya's health minister Othman
    Abduljalil said, most of them buried in mass graves outside the city. The Libyan Red
    Crescent put the toll in Derna at [[11,300|killed;a=The Libyan Red Crescent]], a figure the
    United Nations later revised down. The dams above the city burst on the night of
    {{September 10}}, sending a wall of water through its centre.""",
)
item(
    "Ten days after the flood, Derna families still wait for news of 10,000 missing",
    """The Libyan Red Crescent says [[about 10,000 people|missing;a=The Libyan Red Crescent]]
    are still missing in Derna, where the Abu Mansour and Derna dams burst during Storm Daniel
    and swept whole neighbourhoods into the sea. Divers searching the harbour find bodies every
    day, but many families have no grave to visit. The International Organization for Migration
    said [[more than 43,000 people|displaced;a=The International Organization for Migration]]
    had left their homes in the north-east since the storm.""",
)

pair("K03", "killed / rescued alive: 11 monks dead in a monastery, or 11 monks pulled out alive")
item(
    "Myanmar quake: junta says 144 dead, hundreds injured",
    """Myanmar's military government said [[144 people|killed;a=Myanmar's military government]]
    had died and [[732|injured;a=Myanmar's military government]] had been injured after a
    {{7.7-magnitude}} earthquake struck near Sagaing on Friday afternoon. In Mandalay,
    volunteers recovered the bodies of [[11 monks|killed]] from a monastery that collapsed
    during prayers. The junta chief, Min Aung Hlaing, made a rare appeal for foreign help.""",
)
item(
    "Rescuers pull 45 alive from Mandalay rubble",
    """Rescue workers in Mandalay had pulled [[45 people|other;a=a fire services officer]]
    alive from collapsed buildings by Saturday night, a fire services officer told The
    Irrawaddy, including [[11 monks|other;a=a fire services officer]] dug out of a monastery
    near the Ma Soe Yein compound. Volunteers worked with their bare hands and a few borrowed
    excavators as aftershocks shook the city. A Chinese rescue team of [[82
    members|other;a=Chinese state media]] arrived on Saturday, Chinese state media said.""",
)

pair("K04", "killed / wounded: the Quetta station bombing as a toll, or as a hospital's count")
item(
    "Suicide bombing at Quetta railway station kills 26",
    """At least [[26 people|killed;a=officials]], including [[14 soldiers|killed;a=officials]],
    were killed when a suicide bomber blew himself up on a crowded platform at Quetta railway
    station on Saturday morning, officials said. The banned Balochistan Liberation Army claimed
    the attack. Provincial government spokesman Shahid Rind said the bomber targeted [[about
    100 soldiers|combatants;a=Provincial government spokesman Shahid Rind]] who were waiting
    for the Peshawar-bound Jaffar Express.""",
)
item(
    "Quetta's Civil Hospital declares emergency, treats 62 wounded from station blast",
    """Quetta's Civil Hospital was treating [[62 wounded people|injured;a=a hospital
    spokesman;alt=Dr Waseem Baig]] on Saturday afternoon after the suicide bombing at the
    railway station, a hospital spokesman, Dr Waseem Baig, said. [[Eleven|injured]] were in a
    critical condition and had been moved to the Combined Military Hospital. Relatives crowded
    the emergency ward as volunteers called for blood donors.""",
)

pair("K05", "rescued / missing: survivors of the Pylos shipwreck, or the hundreds never found")
item(
    "Greek coastguard rescues 104 after fishing boat sinks off Pylos",
    """The Greek coastguard and passing merchant ships rescued [[104 people|other;a=the
    coastguard]] after an overcrowded fishing boat capsized and sank off Pylos before dawn on
    Wednesday, the coastguard said. [[Seventy-eight bodies|killed]] were brought to the port of
    Kalamata. The survivors, most of them from Syria, Egypt and Pakistan, were taken to a
    warehouse in the port.""",
)
item(
    "Hundreds feared missing after migrant boat goes down off Greece",
    """[[Hundreds of people|missing;a=the UN refugee agency and the IOM]] are missing after a
    fishing boat packed with migrants sank off Pylos, the UN refugee agency and the IOM said on
    Friday. Survivors told aid workers there had been [[as many as 750
    people|civilians;a=Survivors]] on board, with women and children in the hold. Only
    [[104|other]] were rescued, and hopes of finding anyone else alive have faded.""",
)

pair("K06", "killed / injured: the Dnipro apartment strike as a death toll, or as the wounded")
item(
    "Dnipro apartment strike: death toll rises to 45",
    """The number of people killed by a Russian missile that hit a {{nine-storey}} apartment
    block in Dnipro on {{January 14}} has risen to [[45|killed;a=regional governor Valentyn
    Reznichenko]], including [[six children|killed;a=regional governor Valentyn Reznichenko]],
    regional governor Valentyn Reznichenko said on Tuesday. Rescuers ended their search after
    pulling [[39 people|other]] alive from the rubble. A whole section of the building, home to
    [[about 1,700 residents|civilians]], collapsed.""",
)
item(
    "79 injured in Dnipro missile strike, 25 still in hospital",
    """[[Seventy-nine people|injured;a=the regional military administration]], among them [[16
    children|injured;a=the regional military administration]], were injured when a Russian
    missile struck an apartment block in Dnipro on Saturday, the regional military
    administration said. [[Twenty-five|injured]] remained in hospital on Tuesday,
    [[four|injured]] of them in a serious condition. Psychologists were working with residents
    who lost relatives.""",
)

pair("K07", "killed / missing: remains found in a Jalisco grave, or people reported missing")
item(
    "Remains of at least 32 people found in Jalisco clandestine grave",
    """Forensic teams have recovered the remains of [[at least 32 people|killed;a=the Jalisco
    state prosecutor's office]] from a clandestine grave in Tlajomulco de Zúñiga, the Jalisco
    state prosecutor's office said on Tuesday. [[Eleven|killed]] of the victims have been
    identified. The grave was found by a collective of mothers searching for their children,
    who had noticed freshly turned earth behind a rented house.""",
)
item(
    "Jalisco has more missing people than any other Mexican state, search groups say",
    """[[More than 15,000 people|missing;a=national registry data]] are listed as missing in
    Jalisco, according to national registry data, more than in any other Mexican state. In
    Tlajomulco de Zúñiga alone, mothers' search collectives say [[32 people|missing;a=mothers'
    search collectives]] have disappeared since January. Many were young men who answered job
    offers on social media.""",
)

pair("K08", "injured / missing: Beirut's wounded in hospitals, or the missing at the port")
item(
    "Beirut blast: more than 4,000 wounded as hospitals turn people away",
    """[[More than 4,000 people|injured;a=Health Minister Hamad Hassan]] were wounded in the
    explosion at Beirut port on Tuesday evening, Health Minister Hamad Hassan said, and [[at
    least 100|killed;a=Health Minister Hamad Hassan]] were killed. [[Three main
    hospitals|housing]] were themselves damaged, and the wounded were treated in car parks and
    corridors. The Lebanese Red Cross said it had sent [[75 ambulances|other;a=The Lebanese Red
    Cross]] to the port area.""",
)
item(
    "Beirut blast: families search for dozens still missing at the port",
    """[[Dozens of people|missing;a=Health Minister Hamad Hassan]] were still missing in the
    rubble of Beirut port on Thursday, Health Minister Hamad Hassan said, as the death toll
    rose to [[137|killed;a=Health Minister Hamad Hassan]]. Among the missing are port workers,
    firefighters sent to the blaze and passers-by. Beirut governor Marwan Abboud said [[up to
    300,000 people|displaced;a=Beirut governor Marwan Abboud]] had been left homeless.""",
)

pair(
    "K09",
    "killed / wounded: the Rafah aid-site shooting as a toll, or as a field hospital's patients",
)
item(
    "At least 31 killed near Rafah aid distribution site, Gaza health officials say",
    """[[At least 31 Palestinians|killed;a=Gaza's health ministry]] were killed by Israeli fire
    as crowds gathered before dawn near an aid distribution site in Rafah on Sunday, Gaza's
    health ministry said. The Israeli military said it had fired warning shots at people who
    approached its troops and was looking into the reports. The site, run by the US-backed Gaza
    Humanitarian Foundation, opened {{a week}} earlier.""",
)
item(
    "ICRC field hospital in Rafah receives 179 patients after aid-site shooting",
    """The International Committee of the Red Cross said its field hospital in Rafah had
    received [[179 patients|injured;a=The International Committee of the Red Cross]] on Sunday
    morning, the largest number in a single incident since it opened, and that
    [[21|killed;a=The International Committee of the Red Cross]] of them were declared dead on
    arrival. Most had gunshot or shrapnel wounds, and all said they had been trying to reach a
    food distribution site.""",
)

pair("K10", "killed / rescued alive: Hatay's dead, or survivors pulled out after a week")
item(
    "Turkey earthquake: death toll in Hatay passes 12,000",
    """The number of people killed in Hatay province by the {{February 6}} earthquakes has
    risen to [[more than 12,000|killed;a=Turkey's disaster management agency AFAD]], Turkey's
    disaster management agency AFAD said on Sunday, the highest of any province. Across the
    country the toll stood at [[29,605|killed]]. In Antakya, [[more than 1,000
    bodies|killed;a=local officials]] were awaiting identification in a field outside the city
    hospital, local officials said.""",
)
item(
    "Teenager among eight pulled alive from Antakya rubble a week after quake",
    """Rescuers in Antakya pulled [[eight people|other;a=AFAD]] alive from the rubble on
    Sunday, including a {{17-year-old}} girl trapped for {{159 hours}}, AFAD said. Across the
    quake zone, rescue teams have brought out [[more than 8,000 people|other;a=the
    agency;alt=AFAD]] since the first tremor, the agency said. Doctors said the survivors were
    dehydrated but conscious.""",
)

pair("K11", "injured / missing: Goma's wounded in the ICRC ward, or children lost in the fighting")
item(
    "Goma hospitals overwhelmed as M23 fighting enters the city",
    """Hospitals in Goma have admitted [[more than 600 wounded people|injured;a=the
    International Committee of the Red Cross]] since Sunday, the International Committee of the
    Red Cross said, as fighting between {{M23}} rebels and Congolese troops reached the city
    centre. Wounded civilians were lying on mattresses in corridors at the CBCA Ndosho
    hospital. The ICRC said [[about 80 new patients a day|injured;a=The ICRC;alt=the
    International Committee of the Red Cross]] were being brought in.""",
)
item(
    "Goma: parents search for children lost in the fighting",
    """[[More than 1,100 children|missing;a=UNICEF]] have been reported missing by their
    families in Goma since {{M23}} fighters took the city, UNICEF said on Friday, many of them
    separated from their parents as crowds fled the shelling. Volunteers have put up lists of
    names at churches and at the main market. The city's morgues hold [[about 900
    bodies|killed;a=the United Nations]], the United Nations said.""",
)

pair("K12", "arrested / injured: 1,200 detained in Dhaka raids, or 1,200 treated at DMCH")
item(
    "Quota protests: more than 1,200 arrested in Dhaka as curfew enters second day",
    """Police have arrested [[more than 1,200 people|arrested;a=the Dhaka Metropolitan Police]]
    in Dhaka since Friday in raids on student halls and opposition offices, the Dhaka
    Metropolitan Police said on Sunday, as a nationwide curfew entered its {{second day}}. [[At
    least 150 people|killed;a=hospital data]] have been killed since the protests over job
    quotas began, according to hospital data. Soldiers patrolled the empty streets of the
    capital.""",
)
item(
    "DMCH treated over 1,200 injured in two days of quota clashes",
    """Dhaka Medical College Hospital treated [[over 1,200|injured;a=the hospital's police
    outpost chief;alt=Inspector Md Bacchu Mia]] injured in {{two days}} of clashes over the
    quota system, the hospital's police outpost chief, Inspector Md Bacchu Mia, said. [[About
    300|injured]] of them had pellet wounds, and [[dozens|injured]] were admitted with eye
    injuries. The hospital's blood bank ran short by Thursday evening.""",
)
