"""dev137 positives, Latin America (1 of 2): Mexico, Colombia, Ecuador (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Families abandon ranches in Tierra Caliente as armed groups drop explosives from drones",
        _t("""
        More than 200 families have left their homes in the municipalities of Apatzingán and
        Buenavista over the past two weeks after cells of the Jalisco New Generation Cartel (CJNG)
        intensified attacks with explosive-laden drones on communities they accuse of supporting
        the rival Cárteles Unidos, residents and local authorities said. In the community of El
        Aguaje, a drone dropped two improvised devices on a house on Sunday afternoon, killing a
        62-year-old man and wounding his granddaughter, according to the Michoacán state
        prosecutor's office. 'They fly over at any hour, morning or night, and we no longer know
        where to hide the children,' said a lime grower who asked not to be named for fear of
        reprisals, as he loaded mattresses onto a pickup bound for Morelia. The state government
        said the Army and the National Guard had sent 400 additional troops to the region and that
        soldiers had shot down at least six drones since the start of the month. Gunmen also
        blocked the highway to Aguililla with burning vehicles on Monday to stop the advance of
        the security forces, and a firefight near the community of Las Bateas lasted almost two
        hours, the Defence Ministry said in a statement. Schools in at least 14 communities have
        suspended classes, and the lime packers' association warned that the harvest had
        practically stopped in the affected orchards. The bishop of Apatzingán, who has repeatedly
        called for dialogue, said in his Sunday homily that the people of Tierra Caliente were
        'living in a war that nobody wants to call by its name'. Federal officials said a
        humanitarian corridor would be opened to take food and medicine to the villages cut off by
        the fighting.
        """),
        "E V D B H",
        "drone attacks",
    ),
    (
        "Hundreds from Chiapas border villages cross into Guatemala to escape cartel fighting",
        _t("""
        About 580 people from the municipality of Amatenango de la Frontera crossed into
        Guatemala over the weekend, fleeing clashes between the Sinaloa Cartel and the Jalisco New
        Generation Cartel for control of the smuggling routes along the border, Guatemalan
        authorities reported on Monday. The displaced, most of them women and children, were
        housed in a school and a community hall in Cuilco, in the department of Huehuetenango,
        where the Guatemalan government set up a temporary shelter with the help of the Red Cross.
        Residents told Milenio that armed men in armoured pickups had been fighting on the dirt
        roads around their villages for several days, and that the gunmen had forced young men to
        join them or to dig trenches. 'We heard the shots all night, and in the morning they told
        us that whoever stayed would be considered an enemy,' said a coffee farmer, 38, who crossed
        with his wife and three children. The Chiapas government said the situation was 'under
        control' and that the Army had reinforced its presence in the Sierra region with 1,200
        soldiers. The Guatemalan foreign ministry said it had sent a diplomatic note to Mexico
        asking for guarantees for the return of the displaced. The National Human Rights
        Commission has recorded at least 11 mass forced displacements in the state since January.
        """),
        "B V D H",
        "cartel clashes",
    ),
    (
        "Candidate for mayor of Celaya shot dead minutes after starting her campaign",
        _t("""
        A candidate for mayor of Celaya, in the central state of Guanajuato, was shot dead on
        Monday afternoon while greeting residents in a working-class neighbourhood on the first
        day of campaigning for the 2 June elections, her party and state prosecutors said.
        Witnesses said a man approached the candidate, a 37-year-old former city councillor, as she
        walked with supporters handing out leaflets and fired several times at close range before
        fleeing on foot. A member of her team and a local party official were wounded and taken to
        hospital. The governor of Guanajuato condemned 'a cowardly attack against democracy' and
        said the state prosecutor would 'leave no line of investigation unexplored'. The killing
        was at least the 15th of a candidate or pre-candidate since the electoral process began in
        September, according to a consultancy that tracks political violence in Mexico. Celaya has
        for years been the scene of a war between the Santa Rosa de Lima cartel and the Jalisco New
        Generation Cartel, and its police officers are among the most frequently murdered in the
        country. President Andrés Manuel López Obrador said at his morning news conference that
        the federal government would protect any candidate who asked for it. The National
        Electoral Institute said it had received more than 300 requests for protection so far.
        """),
        "V",
        "assassination",
    ),
    (
        "Thirteen police officers killed in ambush on highway in Guerrero's Costa Grande",
        _t("""
        Thirteen members of the Guerrero state police and the state prosecutor's office were
        killed on Monday when gunmen ambushed their convoy on a highway in the municipality of
        Coyuca de Benítez, the state security spokesman said. The officers were travelling in
        three vehicles to reinforce a checkpoint in the El Papayo area when they came under fire
        from several positions on the hillside, the spokesman told reporters in Chilpancingo.
        Images circulated on social media showed patrol cars riddled with bullets and burned out
        on the asphalt. Investigators found more than 500 spent cartridges from assault rifles and
        .50-calibre weapons at the scene, according to a preliminary report seen by El Universal.
        Officials attributed the attack to a local criminal group fighting La Familia Michoacana
        for control of the region, but gave no further details. The Army and the National Guard
        sent reinforcements by land and by air and took control of the area on Tuesday morning,
        while the federal highway between Acapulco and Zihuatanejo was closed for several hours.
        Governor Evelyn Salgado declared three days of mourning. It was one of the deadliest
        attacks on security forces in Mexico in years.
        """),
        "B",
        "ambush",
    ),
    (
        "Catatumbo crisis: displaced pass 36,000 as ELN and dissidents fight for the border region",
        _t("""
        The number of people displaced by the fighting between the ELN guerrilla and the 33rd Front
        of the FARC dissidents in the Catatumbo region reached 36,000 on Wednesday, according to
        the Norte de Santander governor's office, the largest forced displacement recorded in
        Colombia in decades. Shelters in Cúcuta, Ocaña and Tibú are over capacity, and families are
        sleeping in sports centres and in the stands of the General Santander stadium, where the
        city set up a reception point with mattresses and field kitchens. The Ombudsman's Office
        said it had documented at least 80 killings since the offensive began on 16 January, among
        them signatories of the peace agreement, community leaders and a couple and their baby who
        were shot in their car on the road to Tibú. Witnesses told El Tiempo that ELN fighters went
        from house to house with lists of names, accusing people of collaborating with the
        dissidents. 'They came in with rifles and said whoever was on the list had an hour to leave
        or they would be killed,' said a woman from the village of Campo Dos who arrived in Cúcuta
        with her four children and a bag of clothes. President Gustavo Petro suspended the peace
        talks with the ELN, accused the group of 'war crimes' and declared a state of internal
        commotion, which allows the government to take emergency measures. The Army said it had
        sent more than 5,000 troops to the region, and the Air Force flew humanitarian missions to
        evacuate people trapped in rural areas. The UN humanitarian office warned of shortages of
        food and drinking water in Teorama, Convención and El Tarra, where armed groups have
        restricted the movement of civilians.
        """),
        "B V D H M",
        "guerrilla offensive",
    ),
    (
        "Motorcycle bomb outside police station in Cauca kills two and wounds 14",
        _t("""
        Two people were killed and 14 wounded on Thursday morning when a motorcycle loaded with
        explosives blew up outside the police station in the municipality of Morales, in the
        south-western department of Cauca, the National Police said. The dead were a police
        patrolman and a 54-year-old woman who sold fruit on the corner of the main square,
        according to the mayor's office, and several of the wounded were children on their way to
        school. The explosion destroyed the front of the station and damaged about 30 houses and
        shops nearby. Shortly afterwards, men armed with rifles fired on the station from a
        hillside for almost an hour, and the Army sent a helicopter to support the police. The
        defence minister described the attack as 'a terrorist act' and blamed the Dagoberto Ramos
        column of the FARC dissidents led by alias Iván Mordisco, which has stepped up its attacks
        on the security forces in northern Cauca. The governor of Cauca asked the national
        government to declare an emergency in the department and to reinforce the protection of
        the civilian population. The Ombudsman's Office said it was the fourth attack with
        explosives in the department in a month.
        """),
        "E T B",
        "motorcycle bomb",
    ),
    (
        "Colombia bombs dissident camp in Guaviare, military says seven fighters killed",
        _t("""
        Colombia's armed forces bombed a camp of FARC dissidents in the jungle department of
        Guaviare, killing at least seven fighters, the defence ministry said on Saturday, the first
        such air strike since President Gustavo Petro resumed the use of bombing against armed
        groups. The operation targeted a unit of the faction led by Néstor Gregorio Vera, alias
        Iván Mordisco, which the government holds responsible for a wave of attacks on soldiers
        and police in the south of the country, Defence Minister Pedro Sánchez said on X. 'The
        bombings will continue against those who refuse peace and attack the people,' he wrote.
        Troops landed by helicopter after the strike and seized rifles, explosives and
        communications equipment, the army said. Petro, a former guerrilla who took office in 2022
        promising 'total peace', had suspended air strikes early in his term over the risk of
        killing minors forcibly recruited by armed groups. Rights groups and the Ombudsman's
        Office asked the military to confirm whether any minors were among the dead, recalling a
        2019 bombing in Caquetá in which at least seven children were killed. The dissidents have
        not commented on the operation. Analysts say the Mordisco faction controls a large share of
        the coca-growing areas of Guaviare, Meta and Caquetá.
        """),
        "E M",
        "air strike",
    ),
    (
        "Gunmen kill nine at a birthday party in Guayaquil as gang war spreads to the south of the city",
        _t("""
        Hooded gunmen armed with rifles burst into a birthday party in the Guasmo Sur district of
        Guayaquil late on Saturday and opened fire on the guests, killing nine people, among them a
        15-year-old girl, and wounding six, Ecuador's National Police said on Sunday. The attackers
        arrived in two cars and fired for about a minute before fleeing, according to witnesses,
        who said the victims included the owner of the house, his two brothers and several
        neighbours. A police commander said the attack was part of a war between factions of Los
        Tiguerones and Los Choneros, the two gangs fighting for control of drug dealing and
        extortion in the area, and that one of the dead had been identified as a member of a rival
        cell. 'This was not a settling of accounts with one man, it was an attack on a whole
        family,' said a relative of two of the victims outside the morgue. Soldiers and police set
        up checkpoints across the Guasmo and raided several houses on Sunday morning, arresting
        four suspects and seizing two rifles and a grenade, the police said. President Daniel
        Noboa, who in January declared the country to be in an 'internal armed conflict' and
        classified 22 gangs as terrorist organisations, extended the state of emergency in Guayas
        for another 60 days. Guayaquil recorded more than 2,000 violent deaths last year, making it
        one of the most violent cities in Latin America.
        """),
        "V",
        "gang massacre",
    ),
]
