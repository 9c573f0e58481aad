"""Building collapses, mine and boat accidents: Ikoyi, Jos, Kariakoo, Amasra, Stilfontein, a Mali
gold mine, Ilha de Moçambique, Kwara, Pylos (9 articles)."""

from _wrap import item

item(
    "Ikoyi building collapse: death toll rises to 36",
    """The death toll from the collapse of a {{21-storey}} building under construction on Gerrard
    Road, Ikoyi, has risen to [[36|killed;n=-;a=the Lagos State Emergency Management Agency]],
    the Lagos State Emergency Management Agency has said. The agency's Director-General, Femi
    Oke-Osanyintolu, told journalists on Thursday that [[15 people|other;a=Femi
    Oke-Osanyintolu]] had been rescued alive since the building came down on Monday afternoon,
    and that [[nine|injured;n=-;a=Femi Oke-Osanyintolu]] were receiving treatment at the Lagos
    Island General Hospital. Relatives said [[at least 20 workers|civilians;a=Relatives]] were
    still trapped under the rubble on Thursday. The developer, Femi Osibona, was among those
    killed. Rescue workers were using [[three cranes|other;u=other]] and [[two
    excavators|other;u=other]] to lift slabs of concrete, working through the night under
    floodlights. Governor Babajide Sanwo-Olu set up an independent panel to investigate the
    collapse and report within {{30 days}}. The building had been approved for {{15 floors}},
    the state's physical planning commissioner said.""",
)

item(
    "Jos school collapse: 22 pupils dead, 132 rescued",
    """[[Twenty-two students|killed;a=the Plateau State Police Command]] died and [[132
    others|other;a=the Plateau State Police Command]] were rescued alive after a {{two-storey}}
    building of Saints Academy in the Busa Buji community of Jos North Local Government Area
    collapsed on Friday morning, the Plateau State Police Command said. The National Emergency
    Management Agency said [[154 students|civilians;a=The National Emergency Management
    Agency]] had been trapped when the building caved in while they were writing examinations.
    Many of the victims were aged between {{10 and 15}}. Musa Ashoms, the state commissioner
    for information, said [[49 of the rescued|injured;n=-;a=Musa Ashoms]] were still receiving
    treatment in hospitals across Jos. The school, which had [[about 500
    pupils|other;a=residents]] on its roll, was built close to a river bank, residents said.
    Governor Caleb Mutfwang ordered the closure of schools operating in weak structures and
    offered free treatment to the injured.""",
)

item(
    "Tanzania building collapse toll rises to 16",
    """The number of people killed when a {{four-storey}} building collapsed in Dar es Salaam's
    bustling Kariakoo market district rose to [[16|killed;n=-;a=Prime Minister Kassim
    Majaliwa]] on Monday, Prime Minister Kassim Majaliwa said. [[Eighty-six
    people|other;a=Prime Minister Kassim Majaliwa]] have been rescued alive, he said, [[13 of
    them|other;n=-;a=Prime Minister Kassim Majaliwa]] on Sunday night. Rescuers had made
    contact with [[about 10 people|civilians;a=Albert Chalamila]] still trapped in the
    basement, said Albert Chalamila, the Dar es Salaam regional commissioner. The building
    housed [[dozens of shops|housing]] selling electronics and household goods, and [[as many
    as 200 traders|other;a=the Kariakoo traders' association]] worked in it on a normal day,
    according to the Kariakoo traders' association.""",
)

item(
    "Amasra mine blast: 41 miners killed, probe launched",
    """[[Forty-one miners|killed;a=Interior Minister Süleyman Soylu]] were killed in an explosion
    at a state-owned coal mine in Amasra, in the Black Sea province of Bartın, Interior
    Minister Süleyman Soylu said Saturday. There were [[110 workers|other]] in the mine when
    the firedamp explosion occurred at {{6:15pm}} on Friday, some of them at a depth of {{300
    meters}}. [[Fifty-eight of them|other;n=-;a=Health Minister Fahrettin Koca]] managed to get
    out on their own or were rescued, while [[11|injured;n=-;a=Health Minister Fahrettin Koca]]
    were being treated in hospital, [[five|injured;n=-;a=Health Minister Fahrettin Koca]] of
    them in serious condition, Health Minister Fahrettin Koca said. [[More than 700 rescue
    workers|other]] from AFAD, the mining company and neighbouring mines took part in the
    search, which ended on Saturday afternoon. The Bartın Chief Public Prosecutor's Office said
    [[eight people|arrested;a=The Bartın Chief Public Prosecutor's Office]] had been detained
    as part of its investigation. Energy Minister Fatih Dönmez said initial findings pointed to
    a build-up of methane gas.""",
)

item(
    "South Africa retrieves 78 bodies from illegal mine",
    """Rescuers have brought up [[78 bodies|killed;a=police]] and [[246 survivors|other;a=police]]
    from an abandoned gold mine near Stilfontein, police said on Thursday, ending a
    {{three-day}} operation. The illegal miners had been underground since August, when police
    began a crackdown that cut off their supplies of food and water. Athlenda Mathe, the police
    spokesperson, said [[more than 1,500 miners|other;a=Athlenda Mathe]] had come up on their
    own since August, most of them undocumented migrants from Mozambique, Zimbabwe and Lesotho,
    and that [[more than 1,000|arrested;n=-;a=Athlenda Mathe]] had been arrested. A cage
    lowered about {{2.6 km}} into the shaft carried the miners to the surface in groups. Police
    estimated in November that [[as many as 4,000 miners|other;a=Police]] were underground when
    the operation began. Community leaders estimate that [[about 100 miners|missing;a=Community
    leaders]] may still be underground. Videos released by a local group earlier this week
    showed [[dozens of bodies|killed]] wrapped in plastic at the bottom of the shaft.""",
)

item(
    "Dozens killed in Mali gold mine collapse",
    """[[At least 48 people|killed;a=local officials and the chamber of mines]], most of them
    women, were killed when an artisanal gold mine collapsed near Bilalikoto in western Mali's
    Kéniéba district on Saturday, local officials and the chamber of mines said on Monday.
    [[Hundreds of people|other]] had been digging for gold at the former Chinese-run industrial
    site, and [[seven survivors|other]] were pulled from the pit and taken to hospital in
    Kéniéba. It was the second deadly collapse in less than a month, after [[at least 10
    miners|killed]] died in the Koulikoro region in January.""",
)

item(
    "Nampula: Death toll from boat accident off Ilha de Moçambique rises to 98",
    """The death toll from the sinking of a boat off Ilha de Moçambique, in Nampula province, has
    risen to [[98|killed;n=-;a=Jaime Neto]], Jaime Neto, the secretary of state for Nampula,
    said on Monday. The vessel, a converted fishing boat, was carrying [[about 130
    people|other;a=Jaime Neto]] from Lunga to the island when it sank on Sunday afternoon, he
    said. Many of the passengers were fleeing Lunga after false rumours about cholera, Neto
    said, adding that [[five survivors|other;a=Neto]] had been rescued and that the search was
    continuing. Among the dead were [[at least 23 children|killed]], and [[three of the
    survivors|injured]] were being treated at the island's rural hospital. Nampula has recorded
    [[more than 15,000 cholera cases|other;a=the health ministry]] since October, according to
    the health ministry. The boat was not licensed to carry passengers, and the provincial
    government declared {{two days}} of mourning.""",
)

item(
    "Kwara boat mishap: Death toll hits 106",
    """The death toll from Monday's boat accident in Patigi Local Government Area of Kwara State
    has risen to [[106|killed;n=-;a=the state police command]], the state police command said
    on Wednesday. The police spokesperson, Okasanmi Ajayi, said [[144
    passengers|other;a=Okasanmi Ajayi]] had been rescued alive. The boat, which was carrying
    [[more than 250 passengers|other]], most of them guests coming back from a wedding in Niger
    State, hit a submerged tree trunk and broke apart on the River Niger in the early hours.
    The Emir of Patigi, Alhaji Ibrahim Umar Bologi II, visited the riverbank on Tuesday.
    [[Dozens of people|missing;a=the emir;alt=Alhaji Ibrahim Umar Bologi II]] were still
    unaccounted for, the emir said. Local divers recovered the bodies of [[30 women|killed]] on
    Tuesday alone. Residents said the boat usually carried [[fewer than 100
    people|other;a=Residents]].""",
)

item(
    "Pylos shipwreck: Hopes fade for hundreds missing",
    """Hopes of finding more survivors faded on Friday, {{two days}} after a fishing trawler
    packed with migrants capsized and sank off Pylos in the southwest Peloponnese. The coast
    guard said [[104 people|other;a=The coast guard]] had been rescued and [[78
    bodies|killed;a=The coast guard]] recovered, while [[hundreds of people|missing;a=The coast
    guard]] were still missing. Survivors told authorities there had been [[up to 750
    people|other;a=Survivors]] on board, including [[about 100 children|other;a=Survivors]]
    held below deck. Police in Kalamata arrested [[nine Egyptian men|arrested]] suspected of
    being the smugglers. The vessel had set out from Tobruk in eastern Libya bound for Italy,
    and a Greek coast guard vessel had been watching it for {{more than 13 hours}} before it
    went down. The survivors, most of them from Syria, Egypt and Pakistan, were taken to a
    warehouse in Kalamata port, and [[at least 30|injured;n=-]] were treated in hospital for
    hypothermia and exhaustion.""",
)
