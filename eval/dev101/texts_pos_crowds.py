"""dev101 positives: force against crowds at borders (migrants, protesters, returning residents),
guards and militias against migrants."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "At least 18 migrants die in mass attempt to cross Melilla border fence",
        w("""
        At least 18 migrants died on Friday after some 2,000 people from sub-Saharan Africa tried to
        storm the border fence between Morocco and the Spanish enclave of Melilla, Moroccan
        authorities said, the deadliest day in the enclave's history. Most of the dead were crushed
        or fell from the fence at the Barrio Chino crossing, according to Moroccan officials, as
        Moroccan security forces charged the crowd with batons and fired tear gas. Video on social
        media showed dozens of men lying motionless on the ground, some bleeding, watched over by
        officers in riot gear. Spain's Guardia Civil said 49 of its officers were injured. Prime
        Minister Pedro Sanchez blamed 'mafias that traffic in human beings' for the assault.
        """),
        "U V",
        "crackdown",
    ),
    (
        "Footage shows Moroccan police beating injured migrants at Melilla fence, rights groups say",
        w("""
        Rights groups in Morocco have accused the security forces of leaving injured migrants
        without medical care for hours after Friday's attempted crossing at the Melilla fence, as
        footage emerged of officers kicking and beating men lying on the ground. The Moroccan
        Association for Human Rights put the death toll at 27 and said the authorities were
        preparing to bury bodies without autopsies or identification. Survivors told the Guardian
        that officers threw stones and fired tear gas canisters at them as they clung to the fence.
        The African Union called for an immediate investigation.
        """),
        "V U",
        "crackdown",
    ),
    (
        "Greek police fire tear gas as migrants try to break through border from Turkey",
        w("""
        Greek police and soldiers fired tear gas and stun grenades on Monday at crowds of migrants
        trying to force their way across the border from Turkey at the Kastanies crossing, as
        thousands gathered on the Turkish side after Ankara said it would no longer stop them.
        Migrants threw stones and tried to pull down sections of the fence, and fires burned in the
        buffer zone. Turkish officials said a Syrian man had been shot dead by Greek forces, which
        Athens called 'fake news'. Greece has suspended asylum applications for a month.
        """),
        "U",
        "border_clash_crowd",
    ),
    (
        "Polish forces use water cannon, tear gas on migrants throwing stones at Belarus border",
        w("""
        Polish border guards and police used water cannon and tear gas on Tuesday against migrants
        who threw stones and tried to break through the fence at the Kuznica crossing on the
        Belarus border, Poland's defence ministry said. A Polish police officer was badly injured
        by a thrown object, and several migrants were hurt, according to witnesses on the
        Belarusian side. Warsaw accused Belarusian forces of handing stun grenades to the crowd and
        steering it towards the fence. About 2,000 people, including families with small children,
        have camped in freezing temperatures near the crossing for over a week.
        """),
        "U",
        "border_clash_crowd",
    ),
    (
        "Saudi border guards killed hundreds of Ethiopian migrants, Human Rights Watch says",
        w("""
        Saudi border guards have killed hundreds of Ethiopian migrants and asylum seekers trying to
        cross from Yemen, using machine guns and mortar projectiles against groups that included
        women and children, Human Rights Watch said in a report on Monday. Survivors described
        being shot at close range, and some said guards asked them which limb they preferred to be
        shot in. The group said the killings appeared 'widespread and systematic' and were
        continuing. Saudi Arabia has previously rejected allegations of systematic killings on the
        border.
        """),
        "V E",
        "border_shooting",
    ),
    (
        "Taliban investigate reports Iranian border guards shot dead Afghan migrants near Saravan",
        w("""
        Afghanistan's Taliban government said on Tuesday it had sent a team to investigate reports
        that Iranian border guards opened fire on a group of Afghan migrants crossing into Iran's
        Sistan-Baluchestan province on Sunday night, killing several of them. Relatives and rights
        groups said as many as 200 people were in the group when guards fired on them in the
        Kalagan area.
        """),
        "V",
        "border_shooting",
    ),
    (
        "Guards shoot migrants during mass escape from Tripoli detention centre, six dead",
        w("""
        Guards at the Al-Mabani detention centre in Tripoli shot dead at least six migrants and
        wounded 24 others as hundreds tried to escape on Friday, the International Organization for
        Migration said. The centre, run by the interior ministry's anti-illegal immigration
        department, was crammed with people seized in raids on a western suburb the previous week,
        in which another migrant was killed. 'They fired on people as they ran through the gate,'
        a Sudanese man who got out told InfoMigrants by phone. The UN refugee agency said many of
        those held were registered refugees.
        """),
        "V",
        "shooting_of_detainees",
    ),
    (
        "Libyan coastguard fires on rescue ship Ocean Viking, SOS Mediterranee says",
        w("""
        A Libyan coastguard patrol boat fired hundreds of rounds at the rescue ship Ocean Viking in
        international waters on Sunday, hitting its bridge and puncturing inflatable boats, the
        charity SOS Mediterranee said. The crew and the 87 people it had pulled from a dinghy the
        day before took shelter inside the ship; no one was wounded. The charity said the shooting
        lasted about 20 minutes after the captain refused orders to head for Libya.
        """),
        "V",
        "attack_on_rescue_ship",
    ),
    (
        "Migrants chased from homes in Sfax after clashes, hundreds driven to Libyan border",
        w("""
        Groups of residents armed with knives and sticks chased sub-Saharan migrants from their
        homes in Sfax overnight, after a Tunisian man was stabbed to death in a fight with migrants
        on Monday, witnesses said. Police arrested several migrants, and buses took hundreds of
        others out of the city; rights groups said many were left in the desert near the Libyan
        border without water or food. 'They broke the door and beat us, then the police came and
        took our phones,' a Cameroonian woman told InfoMigrants from near Ras Jedir.
        """),
        "U V D",
        "mob_violence",
    ),
    (
        "Guatemalan security forces break up migrant caravan with batons and tear gas",
        w("""
        Guatemalan soldiers and police used batons and tear gas on Sunday to break up a caravan of
        several thousand Honduran migrants who tried to push past a roadblock near the village of
        Vado Hondo, about 50 km from the Honduran border. Migrants threw stones and some were
        bloodied in the scuffles; a Guatemalan official said 21 officers were hurt. The government
        said it had already sent more than 1,000 people back to Honduras under a state of
        prevention in the border provinces. Many in the caravan said they had lost everything in
        November's two hurricanes.
        """),
        "U",
        "crackdown",
    ),
    (
        "US agents fire tear gas at migrants as some try to cross from Tijuana",
        w("""
        US border agents fired tear gas into Mexico on Sunday to push back migrants, including women
        and children, who tried to breach the border fence near the San Ysidro crossing, after a
        peaceful march by Central Americans from a Tijuana shelter turned chaotic. Some migrants
        threw rocks and bottles at agents, according to Customs and Border Protection, which shut
        the busiest land crossing in the Western Hemisphere for about five hours.
        """),
        "U",
        "border_clash_crowd",
    ),
    (
        "Protesters storm governor's office after Iranian guards shoot fuel carriers near Pakistan",
        w("""
        Protesters in Iran's southeastern city of Saravan stormed the governor's office and set fire
        to police vehicles on Tuesday, a day after Revolutionary Guards opened fire on fuel porters
        at the Pakistani border, killing at least two, local media and rights groups said. Baloch
        activists said as many as 10 people were killed, and that security forces fired live rounds
        at the crowd.
        """),
        "U V",
        "riot",
    ),
    (
        "Israeli forces kill 58 Palestinians at Gaza border protests as US embassy opens",
        w("""
        Israeli troops shot dead at least 58 Palestinians during mass protests along the Gaza border
        on Monday, Gaza health officials said, the bloodiest day in the territory since the 2014
        war, as the United States opened its new embassy in Jerusalem. Tens of thousands of people
        gathered at points along the fence, some hurling stones and burning tyres, while Israeli
        snipers fired live ammunition and drones dropped tear gas. More than 2,700 people were
        wounded. Israel's military said it was defending its border against attempts to breach the
        fence and plant explosives. Palestinian leaders declared three days of mourning.
        """),
        "U V",
        "crackdown",
    ),
    (
        "Israeli troops kill 22 as Lebanese try to return to border villages",
        w("""
        Israeli troops opened fire on Sunday on residents trying to return to villages in southern
        Lebanon still held by Israeli forces, killing 22 people and wounding 124, Lebanon's health
        ministry said, as the deadline for Israel's withdrawal under the ceasefire passed. Crowds
        waving Hezbollah and Lebanese flags drove and walked towards border towns including Kfar
        Kila, Houla and Aitaroun, some pushing past Lebanese army roadblocks. The Israeli military
        said its troops fired warning shots and 'removed threats' when people approached them. A
        Lebanese soldier was among the dead.
        """),
        "V U",
        "border_shooting",
    ),
    (
        "Turkish border guards shot dead Syrians trying to flee fighting, rights group says",
        w("""
        Turkish border guards have shot dead at least five Syrians, including a child, and beaten
        others as they tried to cross into Turkey in recent weeks, Human Rights Watch said on
        Tuesday, as tens of thousands of people displaced by fighting around Aleppo and Idlib
        remain stranded on the Syrian side. Survivors said guards fired at groups crossing at night
        through olive groves near Khirbet al-Joz. Turkey has kept its border closed to all but
        emergency medical cases since last year. A Turkish official said the security forces
        followed rules of engagement.
        """),
        "V D",
        "border_shooting",
    ),
]
