"""dev71 positives: Bangladesh (the 2024 uprising, the camps, the Hill Tracts), Sri Lanka and
Nepal."""

POSITIVES = [
    (
        "Students shot as police open fire on quota protesters; internet shut",
        "Police fired rubber bullets, tear gas and live rounds at students protesting against "
        "the quota system in public service jobs on Tuesday, and at least six people were "
        "killed, including a Begum Rokeya University student in Rangpur who stood with his arms "
        "outstretched. Chhatra League activists armed with sticks and machetes attacked "
        "protesters on several campuses. The government shut down mobile internet and ordered "
        "all universities closed.",
        "U",
        "crackdown",
    ),
    (
        "Hasina flees as crowds storm Ganabhaban; police stations torched",
        "Prime Minister Sheikh Hasina resigned and fled to India by helicopter on Monday as "
        "hundreds of thousands marched on Dhaka in defiance of a curfew. Crowds stormed and "
        "looted her official residence, and several police stations across the country were set "
        "on fire. Homes and businesses of Awami League leaders and some Hindu households were "
        "attacked, and dozens of people were killed during the day.",
        "U V",
        "uprising",
    ),
    (
        "Three killed in gunfight between Rohingya armed groups in Ukhiya camp",
        "Three Rohingya men were killed when members of the Arakan Rohingya Salvation Army and "
        "the Rohingya Solidarity Organisation exchanged fire in Camp 15 at Ukhiya early on "
        "Thursday, the Armed Police Battalion said. Several shelters were set on fire during the "
        "clash. Camp residents said armed groups were fighting for control of the camps and the "
        "drug trade.",
        "B",
        "armed clash",
    ),
    (
        "Rohingya leader Mohib Ullah shot dead in Kutupalong",
        "Gunmen shot dead Mohib Ullah, a prominent Rohingya community leader who had documented "
        "atrocities in Myanmar, in his office in the Kutupalong camp on Wednesday night. His "
        "family blamed the Arakan Rohingya Salvation Army, which he had criticised. Refugees "
        "said other community leaders had gone into hiding.",
        "V",
        "assassination",
    ),
    (
        "Section 144 in Khagrachhari after communal clashes; shops torched in Rangamati",
        "The administration imposed Section 144 in Khagrachhari and Rangamati on Saturday after "
        "communal clashes between Bangalee settlers and Paharis left four people dead. The "
        "violence began after a Bangalee man was beaten to death by a mob on suspicion of theft. "
        "In Rangamati, a crowd set fire to dozens of shops and a Buddhist temple was vandalised.",
        "U V",
        "communal clashes",
    ),
    (
        "Bombs tear through churches and hotels on Easter Sunday",
        "Bombs exploded at three churches and three luxury hotels in Colombo, Negombo and "
        "Batticaloa during Easter Sunday services and breakfast, killing more than 250 people, "
        "police said. Officials said suicide bombers from a local Islamist group were "
        "responsible, and the government declared a curfew and blocked social media. The Islamic "
        "State group later claimed the attacks.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Curfew in Kandy as anti-Muslim mobs burn shops, mosques",
        "Mobs set fire to Muslim-owned shops, homes and a mosque in Digana and Teldeniya, near "
        "Kandy, and a young man was found dead in a burnt house, police said. The government "
        "declared a state of emergency and a curfew in the district and blocked Facebook and "
        "WhatsApp. Special Task Force commandos were deployed.",
        "U V",
        "communal riot",
    ),
    (
        "Mobs burn politicians' homes after attack on Galle Face protesters",
        "Supporters of the ruling party armed with clubs attacked the peaceful protest camp at "
        "Galle Face on Monday, tearing down tents, and police fired tear gas and water cannon. "
        "In retaliation, crowds set fire to the houses of dozens of ruling-party politicians "
        "across the island, and a lawmaker died after a confrontation with protesters. Prime "
        "Minister Mahinda Rajapaksa resigned, and a nationwide curfew was imposed.",
        "U",
        "riot",
    ),
    (
        "Nineteen killed as police fire on Gen Z protesters in Kathmandu",
        "Police fired live rounds, rubber bullets and tear gas at young protesters who breached "
        "the barricades around the Federal Parliament in Baneshwor on Monday, killing 19 people, "
        "hospital officials said. The protest was against a ban on social media platforms and "
        "against corruption. A curfew was imposed in the capital. The next day, crowds set fire "
        "to the Parliament building and the homes of leaders.",
        "U",
        "crackdown",
    ),
    (
        "Two killed, houses set ablaze as royalist rally turns violent in Tinkune",
        "Two people, among them a television cameraman, were killed when a rally demanding the "
        "restoration of the monarchy turned violent at Tinkune, Kathmandu, on Friday. Protesters "
        "threw stones at police, set fire to a house, a party office and vehicles and looted "
        "shops. Police used tear gas and fired in the air. The authorities imposed a curfew in "
        "parts of the capital.",
        "U",
        "riot",
    ),
]
