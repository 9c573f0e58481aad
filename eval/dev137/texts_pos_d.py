"""dev137 positives, Asia (2 of 2): Bangladesh, Myanmar, Thailand, Philippines, Indonesia."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Five killed as ARSA, RSO clash in Ukhiya Rohingya camp",
        _t("""
        Five Rohingya men were killed and at least seven others injured in a gunfight between two
        armed groups at a Rohingya camp in Cox's Bazar's Ukhiya upazila early yesterday, police
        said. The clash between the Arakan Rohingya Salvation Army (ARSA) and the Rohingya
        Solidarity Organisation (RSO) broke out around 6:00am at Camp-8 West over control of the
        camps, said an additional superintendent of the Armed Police Battalion (APBn), which is in
        charge of security there. The two groups exchanged fire for about half an hour, and several
        shelters were set on fire, he said. Residents said they hid inside their shelters, and many
        families left for other blocks of the camp as the shooting went on. 'Every night we hear
        that someone has been taken away or shot, and during the day they come back and threaten
        us,' said a Rohingya woman whose brother-in-law was killed in a similar attack last month.
        According to the APBn, at least 60 Rohingyas have been killed in the camps since January,
        most of them in clashes between armed groups fighting for dominance over the drug trade and
        the camps' leadership. Aid agencies temporarily suspended some services in the affected
        block, and the APBn said it had launched a drive to recover illegal arms. Bangladesh hosts
        more than a million Rohingya refugees, most of whom fled a military crackdown in Myanmar in
        2017.
        """),
        "B V D H",
        "armed group clash",
    ),
    (
        "Junta airstrike on school in Sagaing kills 19, mostly children",
        _t("""
        At least 19 people, most of them schoolchildren, were killed when a junta aircraft bombed a
        school in Tabayin Township in Sagaing Region on Thursday morning, according to local
        resistance groups and a teacher at the school. The jet dropped two bombs on the school
        building in Oe Htein Kwin village at around 10 a.m., while classes were in session, a
        member of the local administration of the National Unity Government (NUG) told The
        Irrawaddy. Seventeen of the dead were students aged between 10 and 17, he said, and at
        least 22 others were injured, some of whom lost limbs. 'We heard the jet and told the
        children to run to the bunker, but there was no time,' said a teacher who was wounded in
        the attack. Photos shared by residents showed the collapsed roof of the school building and
        children's bags and books scattered among the rubble. The school was run by the NUG's
        education ministry, which has opened thousands of schools in resistance-held areas since
        the 2021 coup. The junta has not commented on the attack, but its spokesman has previously
        said that the military targets only 'terrorists' and their bases. Human rights groups say
        the regime has intensified airstrikes across central Myanmar since the March earthquake,
        despite announcing a ceasefire. Villagers from Oe Htein Kwin and neighbouring villages have
        fled to the forests, fearing further air raids.
        """),
        "E V D",
        "airstrike",
    ),
    (
        "Arakan Army overruns junta's Western Command headquarters in Ann",
        _t("""
        The Arakan Army said on Friday that it had seized the headquarters of the Myanmar
        military's Western Command in Ann Township in Rakhine State after more than a month of
        fighting, the first regional command of the junta to fall to a resistance group since the
        2021 coup. The ethnic armed group said in a statement that its fighters had taken the
        command's base and the surrounding battalions on Friday morning, and that hundreds of junta
        troops had been killed or captured, including several senior officers. The claim could not
        be independently verified, and the junta has not commented. Residents of Ann said the
        fighting had been accompanied by heavy junta airstrikes and artillery fire on villages
        around the town, and that most of the town's population had fled to the mountains or to
        neighbouring townships in recent weeks. 'There is no one left in the town, only the
        soldiers and the dogs,' said a resident who fled to Kyaukphyu with his family. The AA now
        controls 14 of Rakhine's 17 townships, as well as Paletwa in neighbouring Chin State, and
        has been advancing toward the state capital Sittwe and the port town of Kyaukphyu, where
        China has built oil and gas pipelines. Aid groups warn that Rakhine faces famine conditions
        as the junta has blocked the flow of rice, fuel and medicine into the state.
        """),
        "B E D H",
        "battle",
    ),
    (
        "Myanmar junta keeps up air strikes as earthquake death toll passes 2,700",
        _t("""
        Myanmar's military carried out air strikes on several villages in areas hit by last week's
        earthquake even after announcing a temporary ceasefire to allow relief efforts, residents
        and resistance groups said on Wednesday, as the death toll from the quake climbed above
        2,700. A strike on Tuesday night on a village in Singu township, in Mandalay region, killed
        at least seven people, including two children, a local rescue group said, while paramotors
        dropped bombs on Chaung-U township in Sagaing region, close to the quake's epicentre, on
        Monday. The junta did not respond to requests for comment. The United Nations' special
        rapporteur on Myanmar called the attacks 'outrageous' and urged the military to halt all
        operations. Junta chief Min Aung Hlaing said on state television that 2,719 people had been
        killed and more than 4,500 injured by the magnitude 7.7 quake, which struck near Mandalay
        on Friday and also toppled a skyscraper under construction in Bangkok. Rescue teams from
        China, India and Russia are working in Mandalay, but aid groups say access to areas held by
        resistance forces remains restricted, and relief goods have been held up at military
        checkpoints. 'People are sleeping in the open, afraid of aftershocks during the day and of
        the planes at night,' said an aid worker in Sagaing. The National Unity Government, the
        shadow administration, announced a two-week pause in offensive operations by its armed
        wing in quake-hit areas.
        """),
        "E H",
        "air strikes",
    ),
    (
        "Two rangers killed, four hurt in roadside bomb attack in Narathiwat",
        _t("""
        Two paramilitary rangers were killed and four others injured when a bomb exploded beside a
        road as their patrol passed in Rueso district of Narathiwat on Tuesday morning, police
        said. The rangers were travelling in a pickup truck to provide security for teachers on
        their way to a school in tambon Samakkhi when the bomb, hidden in a gas cylinder buried
        under the road's shoulder, went off at about 7.30am. The explosion tore apart the truck and
        left a crater about one metre deep, said the chief of Rueso police station. Shortly after
        the blast, gunmen hiding in a nearby rubber plantation opened fire on the rangers, and a
        shootout lasted about 10 minutes before the attackers fled. Security officials believe the
        attack was carried out by insurgents of the Barisan Revolusi Nasional (BRN) network
        operating in the area, and said a manhunt had been launched. The attack came a day after an
        explosion damaged a power pylon in Pattani's Nong Chik district, and amid stalled peace
        talks between the government and the BRN. More than 7,000 people have been killed in the
        insurgency in the southern border provinces since it flared up in 2004, according to the
        monitoring group Deep South Watch.
        """),
        "E B",
        "roadside bomb",
    ),
    (
        "4 dead, 50 hurt as bomb explodes during Mass at MSU gym in Marawi",
        _t("""
        Four people were killed and at least 50 others wounded when a bomb exploded during a
        Catholic Mass at the gymnasium of Mindanao State University (MSU) in Marawi City on Sunday
        morning, police and military officials said. The blast went off at around 7 a.m. as
        students and teachers attended the first Sunday of Advent Mass in the Dimaporo Gymnasium,
        according to the Lanao del Sur provincial police office. Initial investigation showed that
        the improvised explosive device was made from a 60mm mortar round, the Philippine National
        Police said. President Ferdinand Marcos Jr. condemned 'in the strongest possible terms the
        senseless and most heinous acts perpetrated by foreign terrorists' and ordered the police
        and the Armed Forces to hunt down the perpetrators. The military said it suspected members
        of the Dawlah Islamiyah-Maute group, which had lost several of its members in a military
        operation in Maguindanao del Sur days earlier, and the Islamic State group later claimed
        responsibility. MSU suspended classes indefinitely and deployed additional security
        personnel, while the wounded were brought to the Amai Pakpak Medical Center. 'We are
        devastated and saddened by this act of violence,' the university said in a statement.
        Marawi was devastated in 2017 when pro-IS militants occupied the city for five months,
        triggering a battle that killed more than 1,100 people.
        """),
        "E T V",
        "bombing",
    ),
    (
        "Soldiers, NPA rebels clash in Negros Occidental; 3 rebels, 1 soldier dead",
        _t("""
        Three suspected members of the New People's Army (NPA) and a soldier were killed in a clash
        in the mountains of Himamaylan City, Negros Occidental, on Tuesday, the Philippine Army
        said. Troops of the 94th Infantry Battalion were conducting 'focused military operations'
        in Barangay Carabalan following reports from residents about the presence of armed men when
        they encountered about 20 rebels, according to the 3rd Infantry Division. The firefight
        lasted around 30 minutes, the division's spokesperson said, adding that the soldiers
        recovered four high-powered firearms, an anti-personnel mine and subversive documents. A
        soldier who was wounded died while being brought to a hospital in Bacolod City. The NPA's
        Negros regional command, in a statement to the media, said two of the dead were its
        fighters and accused the military of shelling farms in the area, a claim the army denied.
        Residents of two sitios evacuated to the barangay hall as troops pursued the retreating
        rebels, the Himamaylan local government said, and about 140 families were receiving food
        packs from the city's social welfare office. The clash came weeks after the government's
        National Task Force to End Local Communist Armed Conflict said the NPA's guerrilla fronts
        on Negros had been 'dismantled'.
        """),
        "B M D H",
        "clash",
    ),
    (
        "Teacher killed, school torched in Papua rebel attack in Yahukimo",
        _t("""
        Armed men believed to be members of the West Papua National Liberation Army (TPNPB)
        attacked a group of teachers and health workers in Anggruk district, Yahukimo regency,
        Highland Papua, on Friday, killing a teacher and wounding several others, police said. The
        attackers set fire to a school building and staff housing before opening fire on the
        teachers, who had been working in the remote district under a government program that
        sends educators to Papua's interior, said the spokesman of the Cartenz Peace Operation task
        force. Six other teachers and health workers fled into the forest and were evacuated by
        helicopter to Wamena on Saturday after hiding for more than a day, he said. The TPNPB, the
        armed wing of the Free Papua Organization (OPM), claimed responsibility, accusing the
        teachers of being spies for the Indonesian military, a claim dismissed by the local
        education office. Residents of several villages in Anggruk have fled to the district
        capital, fearing military reprisals, local church leaders said. The National Commission on
        Human Rights (Komnas HAM) condemned the attack and urged the security forces to avoid
        harming civilians in their pursuit of the perpetrators. Violence in Papua has escalated
        since 2018, with the TPNPB stepping up attacks on construction workers, teachers, pilots
        and security personnel in its campaign for independence.
        """),
        "V D",
        "rebel attack",
    ),
]
