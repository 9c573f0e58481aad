"""dev444 positives, hills and border desk: the Kuki-Chin National Front and the operation
against it, communal violence and armed factions in the Chittagong Hill Tracts, armed groups in
the Rohingya camps, the Arakan Army's war across the Naf and shells on the Bangladesh side,
and killings of Bangladeshis by India's Border Security Force. Labels follow eval/README.md
(section 1) and the decisions in eval/dev444/README.md.

POSITIVES = [(title, text, tag codes, kind), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


POSITIVES = [
    (
        "KNF gunmen loot Sonali Bank branch in Ruma, abduct manager and seize police and Ansar "
        "firearms",
        _c("""
Around 100 armed members of the Kuki-Chin National Front raided a Sonali Bank branch in
Bandarban's Ruma upazila on Tuesday night, took 14 firearms from police and Ansar guards and
abducted the branch manager, police and local residents said. The gunmen, wearing uniforms and
carrying automatic rifles, cut the power supply to the upazila sadar around 8:30pm, surrounded the
bank and a nearby mosque where Ansar members were praying, and held residents at gunpoint for
nearly an hour. They took away ten Ansar and four police firearms along with 415 rounds of
ammunition, the Bandarban superintendent of police said. Bank officials said the gunmen failed
to open the vault but took the manager with them, and his whereabouts are still unknown. On
Wednesday afternoon, armed men believed to be from the same group raided two bank branches in
Thanchi and exchanged fire with police for around 20 minutes before retreating into the hills.
Traders in Ruma and Thanchi kept their shops closed, and bus services to the two upazilas were
suspended. The home minister, visiting Bandarban, said a joint operation would be launched and
the group would be dealt with firmly. The KNF, which demands a separate state for six ethnic
groups of the hills, had been in talks with a government-formed peace committee until last month.
"""),
        "V B",
        "raid",
    ),
    (
        "Joint forces kill three KNF members in Bandarban gunfight; Bawm villagers flee to Mizoram",
        _c("""
Three suspected members of the Kuki-Chin National Front were killed in a gunfight with joint
forces in the Munnuam Para area of Ruma upazila yesterday morning, the army said, as the operation
launched after last week's bank raids entered its tenth day. A soldier was injured and flown to
the Combined Military Hospital in Chattogram by helicopter, according to the ISPR. Army, BGB, Rab
and police teams have been combing the hills of Ruma, Thanchi and Rowangchhari since last Sunday,
and have so far arrested 52 people and recovered nine firearms, officials said. Residents of at
least seven Bawm villages have left their homes for fear of the operation and of the armed group,
and village heads said many had walked for three days to cross into India's Mizoram state.
Officials in Mizoram said more than 300 people from Bangladesh had arrived in Lawngtlai district
since early April and were being sheltered in community halls and churches. Those who remain say
they cannot go to their jhum fields, and prices at Ruma bazar have doubled since the roads were
closed. The district administration has barred tourists from Ruma, Thanchi and Rowangchhari until
further notice.
"""),
        "M B D",
        "military operation",
    ),
    (
        "Four killed, shops torched as violence spreads from Dighinala to Rangamati; Section 144 "
        "in hill towns",
        _c("""
At least four people were killed and more than 60 injured in two days of violence in Khagrachhari
and Rangamati, as clashes between Bengali settlers and indigenous Paharis spread after a young
Bengali man was beaten to death on suspicion of stealing a motorcycle, police and hospital
officials said. On Thursday afternoon, a procession of Bengalis in Dighinala clashed with Paharis,
and more than 100 shops at Lorang bazar, most of them owned by indigenous traders, were set on
fire, witnesses said. Gunfire was heard in Khagrachhari town at night, and three indigenous men
died of bullet wounds at the district hospital, its superintendent said. On Friday, a procession
in Rangamati town protesting the killings was attacked, and houses, shops, a Buddhist temple and
vehicles were vandalised and set ablaze; one man was killed. Indigenous leaders said the attacks
were carried out in the presence of security forces, an allegation the army denied in a
statement. The administration imposed Section 144 in Khagrachhari and Rangamati towns and in
Dighinala, and additional BGB and army units were deployed. The interim government sent three
advisers to the hill districts and formed a probe committee. Tourists were asked to avoid the hill
districts for three days.
"""),
        "U V",
        "communal violence",
    ),
    (
        "Five killed as armed cadres of rival UPDF factions exchange fire in Khagrachhari's "
        "Panchhari",
        _c("""
Five members of the United People's Democratic Front were killed when armed cadres of the party
and of its breakaway faction exchanged fire for nearly an hour in a hilly area of Khagrachhari's
Panchhari upazila early yesterday, police said. The fighting broke out around 5:00am near Logang
Kalapani para, where UPDF members had set up a camp, and residents said they heard the sound of
automatic weapons until daybreak. Police and army members recovered the bodies in the afternoon
along with bullet casings, a damaged rifle and two walkie-talkies, the officer-in-charge of
Panchhari police station said. UPDF leaders blamed the rival UPDF (Democratic) faction, whose
spokesman said his men had been attacked first. The armed wings of the region's regional parties
have fought for territory and control of extortion in the hills since 2017, and at least 30
people have been killed in the fighting this year, according to a hill rights group. Around 40
Chakma families from the nearby villages left their homes and took shelter in a primary school in
the upazila town. The UPDF called a half-day hartal in Khagrachhari for Sunday in protest, and
the deputy commissioner said additional forces had been deployed.
"""),
        "B D",
        "armed clash",
    ),
    (
        "Four killed as ARSA and RSO gunmen fight in Ukhiya's Balukhali camp; hundreds flee "
        "blocks overnight",
        _c("""
Four Rohingya men were killed and at least six injured as members of the Arakan Rohingya
Salvation Army and the Rohingya Solidarity Organisation fought a gunfight in Camp 8W at Ukhiya's
Balukhali early yesterday, police said. One of the dead was a volunteer of a camp night-guard
team who was shot while returning to his shelter, and the other three were members of the two
groups, the Armed Police Battalion said. The fighting began around 2:00am and continued for more
than an hour, and residents said they heard hundreds of rounds of gunfire and several explosions.
Hundreds of families from the blocks around the clash site fled to neighbouring camps and spent
the night in a mosque and a learning centre. APBn members later recovered a locally made pistol,
two shutter guns and eight rounds of ammunition from the area. The two groups have been fighting
for control of the camps and of smuggling routes from Myanmar, and at least 64 Rohingya have been
killed in the camps this year, according to police. Refugee leaders said fear had spread through
the camps and many residents were afraid to go out after dark.
"""),
        "B D",
        "camp clash",
    ),
    (
        "Rohingya block leader shot dead outside his shelter in Ukhiya camp; family blames ARSA",
        _c("""
A Rohingya community leader was shot dead outside his shelter in Camp 18 at Ukhiya's Palongkhali
early yesterday, and his family blamed members of the Arakan Rohingya Salvation Army. Nur Hossain,
45, a majhi or block leader who had helped the Armed Police Battalion identify members of armed
groups, was called out of his shelter around 1:30am by eight to ten masked men, his son said. The
men shot him in the chest and head and fled, firing into the air to keep neighbours away, the son
told The Daily Star over the phone. He was declared dead at a field hospital run by an aid agency
in Kutupalong. Police said the killing appeared to be part of a campaign by armed groups against
majhis who cooperate with the authorities, at least 11 of whom have been killed since January.
Several majhis in Camp 18 said they now sleep in different shelters each night and have asked
the authorities to move their families to another camp. The APBn said it had launched a drive in
the camp and detained two suspects.
"""),
        "V",
        "targeted killing",
    ),
    (
        "Myanmar mortar shell explodes in Tumbru zero line, kills Rohingya youth; Bangladesh "
        "summons envoy again",
        _c("""
A Rohingya youth was killed and five other people were injured when a mortar shell fired from
Myanmar exploded in the zero line settlement at Tumbru in Bandarban's Naikhongchhari on Friday
night, police and local residents said. The shell landed near a cluster of shelters around
8:00pm, as fighting between the Myanmar army and the Arakan Army raged in the hills across the
border, the officer-in-charge of Naikhongchhari police station said. The injured, including a
Bangladeshi boy of ten, were taken to Ukhiya and Cox's Bazar hospitals. Shells and bullets from
the fighting have landed on Bangladesh territory at least five times since late August, and
Myanmar helicopters have been seen firing near the border. Residents of Ghumdhum and Tumbru said
they hear gunfire and explosions every night, and around 300 families living near the border have
moved to relatives' houses further inside. Education officials closed five primary schools near
the border for a week. The foreign ministry summoned the Myanmar ambassador for the third time in
a month to lodge a strong protest, and BGB said it had stepped up patrols along the frontier.
"""),
        "E D",
        "shelling",
    ),
    (
        "Over 260 Myanmar border guards flee into Bangladesh as Arakan Army overruns posts; two "
        "killed by shell in Ghumdhum",
        _c("""
At least 264 members of Myanmar's Border Guard Police and army have crossed into Bangladesh
through the Ghumdhum and Teknaf frontiers since Sunday, fleeing as the Arakan Army captured their
posts in the hills opposite Tumbru, BGB said yesterday. The fleeing personnel, many of them
wounded, were disarmed by BGB and are being held at a school in Ghumdhum. A Bangladeshi woman and
a Rohingya man were killed on Monday afternoon when a mortar shell fired from Myanmar hit a house
in Jolpaitoli village, police said. Bullets and shells have hit at least eight houses on the
Bangladesh side, and residents said they could hear heavy gunfire and attack helicopters through
the night. The local administration has moved around 240 families from five villages along the
border to shelters further inside, and 12 schools and madrasas have been shut. The foreign
ministry said the Myanmar personnel would be sent back by sea once their government made
arrangements. The BGB chief said the force was on alert and would not allow any more Myanmar
nationals to enter.
"""),
        "B E D",
        "cross-border fighting",
    ),
    (
        "Thousands of Rohingya cross Naf as Arakan Army takes Maungdaw; new arrivals crowd Teknaf "
        "and Ukhiya camps",
        _c("""
More than 8,000 Rohingya have entered Bangladesh in the past two weeks as fighting raged in
Maungdaw, which the Arakan Army says it captured on Sunday after overrunning the Myanmar army's
last major base in the township, officials and refugee leaders said. Most of the new arrivals
crossed the Naf river at night on boats run by brokers, paying up to Tk 30,000 per person, and are
staying with relatives in the Ukhiya and Teknaf camps without being registered. New arrivals told
this correspondent that villages south of Maungdaw had been hit by drone strikes and artillery
fire for weeks, and that most houses in their villages had been destroyed or abandoned.
Doctors at an aid agency's hospital in Kutupalong said they had treated more than 90 people with
gunshot and shrapnel wounds in ten days, and that the hospital was running out of beds. Food
rations for the new arrivals are being shared by host families, as the refugee commissioner's
office says it has no funds to feed unregistered people. Bangladesh says it cannot take in any
more Rohingya, and BGB said it had pushed back 21 boats this week. The Arakan Army now controls
almost the entire 271-kilometre border with Bangladesh.
"""),
        "B E D H",
        "displacement",
    ),
    (
        "BSF firing kills Bangladeshi youth at Patgram border; body returned after flag meeting",
        _c("""
A Bangladeshi youth was shot dead by members of India's Border Security Force on the Patgram
border in Lalmonirhat early yesterday, police and BGB said. Shahidul Islam, 24, of Jongra union,
was hit by bullets near main pillar 845 around 2:00am, the commander of BGB's Lalmonirhat
battalion said. Local residents said Shahidul had gone to the border with four other men to bring
in cattle from the Indian side, and that BSF members opened fire without warning when they
approached the barbed-wire fence. His companions fled, and BSF members took the body to the
Indian side. The body was handed over to Patgram police in the evening after a flag meeting
between the two forces, and BGB lodged a strong protest over the killing. Shahidul's family said
he was a day labourer and the only earning member of a family of five. Ain o Salish Kendra says at
least 23 Bangladeshis have been killed by BSF firing or torture along the frontier since January.
"""),
        "V",
        "border shooting",
    ),
    (
        "Teenage girl shot dead by BSF while crossing Baliadangi border to meet her mother",
        _c("""
A 15-year-old girl was shot dead by India's Border Security Force on the Baliadangi border in
Thakurgaon on Sunday night while she was trying to cross into India with a relative to meet her
mother, who works in Kolkata, her family said. The girl, a ninth grader at a local school, was
hit by a bullet in the back near the fence and died on the spot, while her uncle escaped with a
bullet wound in his leg, BGB said. Her body lay in the no-man's land for nearly 11 hours before
BSF members took it away, and it was returned to Baliadangi police after a flag meeting on Monday
evening. BSF said in a statement that its troops had fired in self-defence when a group of
smugglers attacked a patrol with sharp weapons, a claim the family and local residents rejected.
Hundreds of people formed a human chain in Thakurgaon town on Tuesday, demanding justice and an
end to killings at the border. The foreign ministry summoned the Indian acting high commissioner
and handed over a protest note. The girl's father said she had not seen her mother for three
years.
"""),
        "V",
        "border shooting",
    ),
]
