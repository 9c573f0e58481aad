"""dev101 positives: the Durand Line, Iran's eastern border, Myanmar's borders with India and
Bangladesh."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Pakistan says 23 soldiers killed as Afghan Taliban forces attack border posts",
        w("""
        Pakistan says 23 of its soldiers were killed in overnight clashes with Afghan Taliban forces
        along their shared border, the heaviest fighting between the neighbours since the Taliban
        returned to power in 2021. The Pakistani military said it had killed more than 200 Taliban
        and allied fighters and destroyed 19 Afghan border posts, while Kabul said its forces had
        killed 58 Pakistani soldiers in 'retaliatory operations'. The Taliban said they were
        responding to Pakistani air strikes on Kabul and Paktika province earlier in the week,
        which Islamabad has not confirmed. The main Torkham and Chaman crossings were closed on
        Sunday, leaving hundreds of trucks stranded on both sides.
        """),
        "B E M",
        "border_clash",
    ),
    (
        "Six civilians killed as Afghan forces open fire on Chaman border area",
        w("""
        At least six civilians were killed and 17 others injured when Afghan border forces opened
        'unprovoked and indiscriminate' fire with heavy weapons, including artillery and mortars,
        on the civilian population of Chaman on Sunday, the ISPR said. The injured were shifted to
        the district headquarters hospital and later to Quetta. Pakistani troops responded in a
        measured manner, the military said, adding that Kabul had been contacted to prevent a
        recurrence. Traders said the Friendship Gate was closed and shops in the nearby market were
        shuttered by the afternoon.
        """),
        "E B V",
        "cross_border_shelling",
    ),
    (
        "Taliban say Pakistani air strikes killed dozens of civilians in eastern Afghanistan",
        w("""
        Pakistani military aircraft struck villages in Afghanistan's Khost and Kunar provinces
        before dawn on Saturday, killing at least 45 people, most of them women and children,
        Taliban officials and residents said. The strikes in Khost's Spera district hit houses of
        families who had fled Pakistan's North Waziristan years ago, a local official told AFP.
        Kabul summoned Pakistan's ambassador and warned that any further 'invasion' of Afghan
        territory would have consequences. Pakistan did not confirm the raids but urged the Taliban
        to act against militants using Afghan soil to attack its troops.
        """),
        "E M",
        "airstrike",
    ),
    (
        "Afghan Taliban forces hit 'several points' in Pakistan after air strikes in Paktika",
        w("""
        Afghan Taliban forces said on Saturday they had struck 'several points' beyond the Durand
        Line in retaliation for Pakistani air strikes earlier in the week that Kabul says killed 46
        people, mostly women and children, in Paktika's Barmal district. Pakistani security
        officials said Afghan forces attacked at least three border posts in Kurram and North
        Waziristan with heavy weapons, and that a Pakistani soldier and several Afghan fighters
        died in the exchange. Residents of villages near the Ghulam Khan crossing said they had
        fled towards Miranshah as mortar rounds fell nearby.
        """),
        "B E D",
        "border_clash",
    ),
    (
        "Torkham shut for third day as Pakistani, Afghan forces exchange fire over border structure",
        w("""
        Pakistani and Afghan border forces exchanged fire at Torkham for several hours on Monday
        night, injuring a Frontier Corps soldier and two civilians, after the Afghan side resumed
        building a structure Pakistan says is on its territory, officials said. The crossing, the
        busiest between the two countries, has remained closed since Friday.
        """),
        "B",
        "border_clash",
    ),
    (
        "Four soldiers martyred as militants from Afghanistan attack border posts in Chitral",
        w("""
        Four soldiers were martyred when a large number of terrorists equipped with modern weapons
        attacked two military posts in Chitral district from across the border in Afghanistan's
        Nuristan and Kunar provinces early on Wednesday, the ISPR said. The military said 12
        terrorists were killed in the ensuing exchange of fire, which continued into the afternoon.
        The banned Tehreek-i-Taliban Pakistan claimed the attack, and residents of border villages
        were asked to stay indoors. Islamabad has repeatedly asked the interim Afghan government to
        stop the use of its soil for attacks on Pakistan.
        """),
        "B T",
        "attack_on_border_post",
    ),
    (
        "Iran strikes militant bases in Pakistan; Islamabad says two children killed",
        w("""
        Iran said on Tuesday it had struck two bases of the Sunni militant group Jaish al-Adl
        inside Pakistan with missiles and drones, a rare cross-border attack that Islamabad
        condemned as an 'unprovoked violation' of its airspace. Pakistan's foreign ministry said
        two children were killed and three girls wounded in a village in Balochistan's Panjgur
        district.
        """),
        "E M",
        "cross_border_strike",
    ),
    (
        "Pakistan strikes 'terrorist hideouts' in Iran's Sistan-Baluchestan province",
        w("""
        Pakistan carried out 'highly coordinated and specifically targeted precision military
        strikes' against hideouts in Iran's Sistan-Baluchestan province early on Thursday, the
        Foreign Office said, two days after an Iranian missile and drone attack in Panjgur. The ISPR
        said the operation used killer drones, rockets, loitering munitions and stand-off weapons
        against positions of the Balochistan Liberation Army and Balochistan Liberation Front.
        Iranian state media said nine people, including four children, were killed in a village
        near Saravan, none of them Iranian citizens.
        """),
        "E M",
        "cross_border_strike",
    ),
    (
        "Eleven police killed in attack on station in Iran's southeast near Pakistan border",
        w("""
        Gunmen stormed a police station in the town of Rask in Iran's Sistan-Baluchestan province
        overnight, killing 11 officers in an hours-long gun battle, Iranian state media reported on
        Friday. The interior minister said the attackers had come from across the Pakistani border
        and several of them were killed. The Sunni armed group Jaish al-Adl, which Tehran lists as
        a terrorist organisation, claimed responsibility on social media.
        """),
        "B T",
        "attack_on_police_station",
    ),
    (
        "Iranian and Taliban border guards exchange fire in dispute over Helmand water",
        w("""
        Iranian and Taliban border guards exchanged heavy fire on Saturday at a frontier post
        between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province, killing two
        Iranian guards and a Taliban fighter, officials on both sides said. Each side accused the
        other of shooting first. The clash came weeks after Iran's president warned the Taliban
        not to violate Iranians' rights to water from the Helmand river. In the Afghan border town
        of Zaranj, shops closed and families moved away from the frontier as gunfire echoed through
        the afternoon.
        """),
        "B D",
        "border_clash",
    ),
    (
        "Over 250 Myanmar Army soldiers cross into Mizoram after Arakan Army overruns camps",
        w("""
        More than 250 soldiers of the Myanmar Army crossed into Mizoram's Lawngtlai district over
        the past week after their camps on the other side were overrun by the Arakan Army,
        officials said on Saturday. The soldiers, some of them wounded, surrendered their weapons
        to the Assam Rifles and will be flown back through Manipur.
        """),
        "B D",
        "fleeing_across_border",
    ),
    (
        "'We ran with nothing': Myanmar villagers flee into India after junta jets bomb border camp",
        w("""
        Thousands of people from Myanmar's Chin state have crossed into India's Mizoram since
        Tuesday, after military jets bombed a camp for displaced families and a resistance
        headquarters near the border town of Farkawn. Officials in Champhai district said at least
        5,000 new arrivals were sheltering in schools, churches and community halls in Zokhawthar,
        where the Tiau river marks the frontier. 'We ran with nothing, not even shoes for the
        children,' said one woman, who carried her father across the river on her back. Mizoram's
        government, which has refused to push refugees back, appealed for rice and tarpaulins.
        """),
        "E V D H",
        "airstrike",
    ),
    (
        "Bangladesh summons Myanmar envoy after mortar shell from fighting kills Rohingya youth",
        w("""
        Bangladesh summoned Myanmar's ambassador for the third time in a month on Sunday after a
        mortar shell fired from across the border killed a young Rohingya man and wounded five
        others in a settlement in no-man's land near Tumbru in Bandarban district. Fighting between
        Myanmar's military and the Arakan Army in Rakhine state has intensified in recent weeks,
        and residents on the Bangladeshi side say helicopters have fired at targets close to the
        frontier. Border guards have asked hundreds of families in nearby villages to move away.
        """),
        "E B D",
        "cross_border_shelling",
    ),
    (
        "Rohingya waiting to cross into Bangladesh killed in drone attack, witnesses say",
        w("""
        Drones attacked crowds of Rohingya families waiting on a beach near the Myanmar town of
        Maungdaw to cross the Naf river into Bangladesh on Monday, killing dozens of people
        including children, according to witnesses and activists. Survivors who reached Bangladesh
        said bodies lay in piles on the sand, and a boat carrying others across the river sank.
        Witnesses blamed the Arakan Army, which is fighting the military for control of Rakhine;
        the group denied it and accused the junta. Bangladeshi border guards said hundreds had
        crossed in recent days despite orders to turn boats back.
        """),
        "E V D",
        "drone_attack",
    ),
    (
        "Nearly 20,000 Rohingya cross into Bangladesh in two days as Myanmar army operations spread",
        w("""
        Nearly 20,000 Rohingya Muslims have crossed into Bangladesh since Friday, the International
        Organization for Migration said on Sunday, as Myanmar's army pressed a 'clearance
        operation' in northern Rakhine state after insurgent attacks on police posts. Refugees
        arriving at Kutupalong described soldiers setting fire to houses and shooting at villagers
        as they fled through paddy fields. Bangladeshi border guards said thousands more were
        waiting in the hills along the frontier, some with gunshot wounds. Aid agencies said the
        new arrivals urgently needed food, water and shelter. Some of the wounded were carried
        across the Naf river on bamboo stretchers.
        """),
        "D V M H",
        "displacement",
    ),
]
