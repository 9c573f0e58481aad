"""dev436 negatives: the crime desk near the borders (drug seizures, a police shootout with dealers,
kidnapping for ransom, a foiled plot, antiquities smuggling, wedding gunfire) and the military
without violence (exercises, ships, deployments on the Gaza border, conscription). (title, text,
kind code); the text is written wrapped and joined with single spaces."""

_RAW = [
    (
        "Border guards down drone carrying crystal meth in north-east; Captagon haul seized",
        """Jordanian border guards shot down a drone loaded with crystal methamphetamine as it crossed from
        Syria into the kingdom's north-eastern military zone overnight, the army said on Sunday. The
        drone was carrying several kilograms of the drug, and a separate patrol seized 1.5 million
        Captagon pills hidden in a truck's fuel tank at the Jaber crossing, according to a statement
        from the General Command. No one was arrested in connection with the drone, which was brought
        down by electronic jamming equipment before it crashed in a desert area. The army says it has
        intercepted dozens of drones this year as smugglers change tactics in response to tighter
        controls along the 375-kilometre border. "They think the sky is open; it is not," an officer in
        the Eastern Military Region told the Jordan Times. Most of the pills are destined for markets
        in Saudi Arabia and the Gulf, officials say. The Anti-Narcotics Department said the truck driver
        had been arrested and referred to the State Security Court. Jordan and Syria agreed last year
        to set up a joint committee to fight the drug trade.""",
        "crime",
    ),
    (
        "Police kill three drug dealers in shootout in Assiut village, ministry says",
        """Three men wanted on drugs and weapons charges were killed on Wednesday in an exchange of fire with
        police in a village in Assiut, the interior ministry said in a statement. A police force raided
        a house used by the group in the village of Al-Ghanayem after receiving information that it was
        storing a large quantity of hashish and heroin, and the suspects opened fire as officers
        approached, according to the statement. Police returned fire, killing the three, one of whom
        had been sentenced in absentia to life in prison in several cases, the ministry said. A
        policeman was lightly wounded. Officers seized 40 kilograms of hashish, two automatic rifles,
        a machine gun and a large amount of ammunition. Relatives of one of the dead men disputed the
        account, saying he had been unarmed. Residents said gunfire is common in the area, where
        weapons are widely held and family feuds can last for years. The public prosecution ordered
        autopsies and an investigation.""",
        "crime",
    ),
    (
        "Court jails kidnapping gang that held businessman's son for JD500,000 ransom",
        """The Criminal Court in Amman sentenced four men to 15 years in prison with hard labour on Monday
        for kidnapping the 17-year-old son of a businessman and demanding a ransom of half a million
        dinars. The gang abducted the teenager as he left a gym in the capital's Khalda district last
        March, bundled him into a car and held him for three days in a rented farmhouse near Jerash,
        according to the court's ruling. They contacted the father through a messaging app and
        threatened to harm the boy if he went to the police. Detectives traced the phone used in the
        calls and freed the teenager unharmed in a raid on the farmhouse, in which the suspects were
        arrested without resistance. A fifth defendant, accused of renting the property, was given a
        three-year sentence. The court rejected the defence argument that the victim had gone with the
        men willingly. "My son still does not sleep with the light off," the father said outside the
        courtroom. Lawyers for the convicted men said they would appeal.""",
        "crime",
    ),
    (
        "Jordan says it foiled plot to make rockets and drones, arrests 16",
        """Jordan's intelligence service said on Tuesday that it had foiled plans to manufacture rockets and
        drones and to recruit and train people inside the kingdom, arresting 16 suspects after years
        of surveillance. Government spokesman Mohammad Momani said the plans aimed to "harm national
        security, sow chaos and sabotage" and that investigators had found a workshop in the Zarqa area
        where short-range rockets were being assembled, along with explosives and parts for drones.
        State television broadcast confessions by several of the suspects, some of whom said they had
        received training abroad. The suspects were referred to the State Security Court. Momani did
        not say what targets the group had planned to strike. Several of those arrested were members
        of the Muslim Brotherhood, the government said, although the group denied any link and said
        any individual actions did not reflect its policy. The announcement came amid tensions between
        the government and the Islamic Action Front, the country's largest opposition party.""",
        "crime",
    ),
    (
        "Luxor police smash antiquities smuggling ring, recover 3,000 artefacts",
        """Egyptian police dismantled an antiquities smuggling ring in Luxor and seized around 3,000
        artefacts, including statues, amulets and coffin fragments, the interior ministry said on
        Thursday. Eight suspects were arrested in raids on homes in the village of Qurna on the west
        bank of the Nile, where residents have for decades dug illegally beneath their houses in search
        of ancient objects. The ministry said the gang had dug a 12-metre shaft under one house and was
        in contact with buyers abroad through intermediaries. Experts from the Supreme Council of
        Antiquities said most of the pieces were genuine and dated from the Late Period. "Every object
        taken out this way loses its history," said an archaeologist who examined the find. The
        suspects face up to life in prison and fines of up to 10 million pounds under the antiquities
        law. Egypt has recovered thousands of smuggled objects from abroad in recent years, including a
        gilded coffin returned by New York's Metropolitan Museum.""",
        "crime",
    ),
    (
        "Boy killed by celebratory gunfire at wedding in Irbid; groom's uncle arrested",
        """An eight-year-old boy was killed on Friday night by a stray bullet fired in celebration at a
        wedding in a village near Irbid, the Public Security Directorate said. The boy was standing
        with his family on the roof of a neighbouring house when he was hit in the head, and he was
        pronounced dead on arrival at Princess Basma Hospital. Police arrested the groom's uncle, who
        was seen firing an automatic rifle into the air in a video circulating online, and seized the
        weapon. Jordan amended its penal code to toughen penalties for celebratory gunfire after a
        series of deaths, and King Abdullah has described the practice as "unacceptable". "Those who
        fire in the air are killing someone's child," a PSD spokesman said. The directorate said it had
        arrested more than 200 people for firing in the air this year. The boy's family asked for
        privacy. The wedding celebrations were cancelled.""",
        "crime",
    ),
    (
        "Bright Star returns with 8,000 troops from 34 countries at Mohamed Naguib base",
        """The Bright Star military exercise opened on Thursday at the Mohamed Naguib military base west of
        Alexandria, with around 8,000 troops from 34 countries taking part in the largest edition in
        years, Egypt's army spokesman said. The two-week exercise, co-hosted by Egypt and the United
        States, includes live-fire drills, airborne landings, naval manoeuvres in the Mediterranean and
        training to counter drones and cyber attacks. Troops from Saudi Arabia, Greece, India, Jordan
        and Qatar are among the participants, while other countries sent observers. The exercise
        "reflects the depth of the strategic partnership" between Cairo and Washington, the commander
        of US Central Command said at the opening. Bright Star was first held in 1980 after the Camp
        David accords and has been staged every two years since 2017. Fighter jets staged a display
        over the base, followed by a parachute jump by Egyptian and American special forces. The
        exercise will end with a joint assault on a simulated enemy position near the coast.""",
        "military",
    ),
    (
        "Egyptian navy raises flag on fourth MEKO frigate in Alexandria ceremony",
        """The Egyptian navy took delivery of its fourth MEKO A-200 frigate at a ceremony at Alexandria's
        naval base on Monday, completing a programme with Germany's ThyssenKrupp Marine Systems. The
        frigate, named Al-Qahhar, is fitted with anti-ship and air-defence missiles, a 127mm gun and a
        helicopter deck, and will join the Southern Fleet in the Red Sea, naval officials said. The
        commander of the navy said the ship would help protect maritime traffic heading to the Suez
        Canal and Egypt's gas fields in the Mediterranean. Egypt has rapidly expanded its navy over the
        past decade, acquiring two Mistral-class helicopter carriers from France, FREMM frigates from
        France and Italy and submarines from Germany. Analysts say the country now has one of the
        largest fleets in the region. The ceremony included a flypast by Rafale jets and a parade of
        naval cadets. A German embassy official said the partnership between the two navies would
        continue with training programmes.""",
        "military",
    ),
    (
        "Egypt moves tanks and builds wall along Gaza border, sources say",
        """Egypt has sent around 40 tanks and armoured personnel carriers to north-east Sinai in recent
        weeks and is building a new concrete wall along its border with Gaza, two Egyptian security
        sources told reporters, as Cairo seeks to send a signal over Israel's threats to expand its
        operations to Rafah. Satellite images published by a rights group showed a walled enclosure
        being built on cleared land near the border, which the group said could be used to hold
        displaced Palestinians, a claim Egypt's governor of North Sinai rejected. Officials said the
        construction was part of a review of border security and that Egypt would not allow any mass
        movement of people into Sinai. The head of the State Information Service said the border was
        "fully secured" and that Egypt was taking all measures needed to protect its sovereignty.
        Egypt's 1979 peace treaty with Israel limits the number of troops and heavy weapons it can
        deploy in Sinai, though the two countries have agreed to changes in the past. An Egyptian
        official told the Associated Press that Cairo had warned Israel that an offensive on Rafah could
        put the treaty at risk.""",
        "military",
    ),
    (
        "Jordan brings back compulsory 'Flag Service' for men born in 2007",
        """Jordan will reinstate compulsory military service for young men starting early next year, the
        army said on Sunday, with the first group drawn from those born in 2007. The programme, called
        Flag Service, will last three months and combine military training with national education
        and civic lessons, the General Command said. Around 6,000 young men will be called up in the
        first batch, with the number rising in later years, and students will be able to postpone their
        service until they finish their studies. Jordan suspended compulsory service in 1991 and has
        since relied on a professional army. Crown Prince Hussein, who announced the plan in a speech
        to officers, said it aimed to strengthen the "spirit of discipline and belonging" among young
        people. Some parents welcomed the decision, while others questioned how it would be funded
        given the pressure on the budget. "I want my son to learn to wake up early," a father in Zarqa
        said. The army will announce registration dates in the coming weeks.""",
        "military",
    ),
    (
        "Eager Lion drills bring 3,000 troops to Jordan's desert",
        """Around 3,000 troops from 30 countries began the Eager Lion military exercise in Jordan on Sunday,
        with drills on border security, counter-terrorism and the defence of critical infrastructure,
        the Jordan Armed Forces said. Units from the United States, Britain, France, Saudi Arabia and
        Pakistan are among the participants in the two-week exercise, which is held at training ranges
        in the south and near Amman. Scenarios include the interception of drones, the evacuation of
        civilians from a disaster zone and an amphibious landing on the Aqaba coast, officers said.
        The director of joint training said the exercise would test how armies work together against
        "hybrid threats". Live-fire exercises will be held near the Zarqa training area, and residents
        were warned to expect loud explosions. Jordan has hosted Eager Lion since 2011, and it is one
        of the largest exercises in the region. The commander of US Central Command is expected to
        visit the troops later this week.""",
        "military",
    ),
]

NEGATIVES = [(title, " ".join(text.split()), kind) for title, text, kind in _RAW]
