"""dev105 positives (first half): whole articles that report current organised violence.

Labels follow eval/README.md, section 1. Paragraphs are written on several lines and joined by
single spaces (_t), as the builder refuses newlines.
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "In Chicago's Ukrainian Village, Sunday Prayers for a Building in Dnipro",
        _t("""
            The coffee hour after the morning liturgy at a Ukrainian Catholic parish on Chicago's
            West Side usually runs to talk of weddings, tuition bills and the Bears. This Sunday,
            parishioners stood in the church hall passing phones from hand to hand, scrolling
            through photographs of a nine-story apartment building in Dnipro with its middle torn
            away. A Russian missile struck the building on Saturday afternoon, killing at least 25
            people, including a child, Ukrainian officials said, and rescuers were still pulling
            residents from the rubble on Sunday night. More than 70 people were wounded, and dozens
            remained unaccounted for. Oksana Melnyk, 52, who moved to Illinois from Dnipro in 2004,
            said her godmother lived two entrances down from the section that collapsed. "She was
            in the bath when the windows came in," Ms. Melnyk said. "She called me from the
            stairwell, and then the line went dead for six hours." The strike was part of a wave of
            missile attacks across Ukraine on Saturday that also hit power plants around Kyiv and
            Kharkiv, the Ukrainian Air Force said. The parish has raised about $40,000 for
            generators and medical kits since the full-scale invasion began, and on Sunday a second
            collection was taken for the families in Dnipro. The parish priest read aloud the names
            of the dead that had been published so far, and by the end of the list several people
            in the back pews were crying. In Ukrainian Village, where the blue-and-yellow flags
            that went up on porches last February have faded in the sun, many families have
            relatives in cities that are struck regularly, and the rhythm of bad news has become
            familiar. But the images from Dnipro, of a kitchen with its outer wall gone and a woman
            sitting on the rubble in a winter coat, seemed to land differently, several
            parishioners said, because the city had long been seen as a refuge, far enough from
            the front that families from the east moved there to wait out the war.
        """),
        "E",
        "missile strike",
    ),
    (
        "'Each time the safer place was hit': Salford surgeon loses four relatives in Khan Younis strike",
        _t("""
            Every morning before his first operating list at a hospital in Salford, Dr Sami Hamdan
            checks a WhatsApp group that his family in Gaza set up in the first week of the war. On
            Wednesday the messages began arriving just after 4am UK time. An Israeli airstrike
            overnight had hit the three-storey house in the Qizan an-Najjar area of Khan Younis
            where his aunt had been sheltering with more than 20 relatives, killing her, two of his
            cousins and a cousin's seven-year-old daughter. "They had moved four times already,"
            said Hamdan, 41, an orthopaedic registrar who came to the UK to train in 2012. "Each
            time they were told to go somewhere safer, and each time the somewhere safer was hit."
            The Israel Defense Forces said it had struck a Hamas militant in the area and that it
            took feasible precautions to mitigate harm to civilians; it did not comment on the
            specific strike. The wounded were taken to Nasser hospital, which doctors there
            described as running on a single generator, with patients lying in corridors and
            surgeons operating without enough anaesthetic. Hamdan's uncle and the surviving children
            have since walked to the coastal area of al-Mawasi, where they are living in a tent made
            of plastic sheeting. He has written to his MP and to the Foreign Office asking whether
            any route exists to bring the children to Britain, and has not had a reply. "I go to
            work, I fix the hip of a man who fell off a ladder, and I think about my cousin's
            daughter," he said. "Then I check my phone again."
        """),
        "E D H",
        "airstrike",
    ),
    (
        "4 US service members wounded in drone attack on base in Syria, Pentagon says",
        _t("""
            WASHINGTON (AP) - Four American service members were wounded when a one-way attack
            drone struck a base housing U.S. and coalition troops in northeastern Syria on
            Wednesday, the Pentagon said, the latest in a string of attacks by Iran-backed militias
            since the war in Gaza began. Two of the troops suffered shrapnel wounds and two were
            evaluated for traumatic brain injuries, a Pentagon spokesperson said. All were in
            stable condition, and one was flown to Landstuhl Regional Medical Center in Germany for
            further treatment. A second drone was shot down before it reached the perimeter. A
            group calling itself the Islamic Resistance in Iraq, an umbrella for militias backed by
            Tehran, claimed the attack on Telegram. American forces in Iraq and Syria have been
            targeted more than 60 times since mid-October, according to the Defense Department.
            Hours after the attack, two American F-15E fighter jets struck a weapons storage
            facility near Mayadin in eastern Syria that the Pentagon said was used by Iran's
            Revolutionary Guard and affiliated groups. "The United States does not seek conflict,
            but these attacks must stop," Defense Secretary Lloyd Austin said in a statement. In
            Ohio, the father of one of the wounded, an Army National Guard specialist, told a local
            TV station that his son had called home from a hospital bed. "He said his ears were
            still ringing, and he asked me not to tell his grandmother," he said.
        """),
        "E M",
        "drone attack on base",
    ),
    (
        "Geelong family pays tribute to aid worker killed in Gaza convoy strike",
        _t("""
            The family of a Geelong woman killed when an Israeli strike hit a humanitarian convoy in
            central Gaza have described her as "fearless, funny and kind to her bones", as the
            Prime Minister demanded full accountability from Israel. Claire Haddon, 43, was one of
            seven aid workers killed when their clearly marked vehicles were hit in Deir al-Balah
            late on Monday, shortly after the team had overseen the unloading of more than 100
            tonnes of food brought in by sea. The food charity she worked for said the convoy had
            been travelling on a route agreed with the Israeli military, and that its three cars
            were struck one after another as they moved between warehouses. Israel's military chief
            of staff said the strike was a grave mistake that followed a misidentification, and
            promised an independent investigation. Anthony Albanese said he had told his Israeli
            counterpart that the explanation was "not good enough" and that Australians wanted to
            see those responsible held to account. The charity has paused its operations in Gaza,
            where the United Nations says much of the population faces catastrophic hunger and
            aid agencies have long warned that their staff are not being protected. Ms Haddon had
            worked in earthquake zones in Turkey and in the Rohingya camps of Bangladesh before
            going to Gaza in January. Her brother, speaking outside the family home on Wednesday,
            said she had rung their mother on Sunday night to say she was tired but "exactly where
            she should be". A memorial service will be held at her old school in Geelong next week.
        """),
        "E V H",
        "strike on aid convoy",
    ),
    (
        "Liverpool hospital taxi blast declared a terrorist incident as four men are arrested",
        _t("""
            An explosion in a taxi outside a maternity hospital in Liverpool moments before the
            Remembrance Sunday silence has been declared a terrorist incident, counterterrorism
            police said last night. The passenger, who had asked to be driven to Liverpool Women's
            Hospital, died when a homemade device went off as the car pulled up at the entrance at
            10.59am. The driver escaped from the burning vehicle and was treated in hospital for
            injuries that were not life-threatening. Four men aged between 21 and 29 were arrested
            under the Terrorism Act in the Kensington area of the city, and officers carried out
            two controlled explosions during searches of a flat. Detectives said the motive
            remained unclear and that they were keeping an open mind about whether the timing of
            the blast was connected to the Remembrance services under way across the city. Less
            than two miles away, veterans, cadets and civic leaders had gathered at the Cenotaph on
            St George's Plateau, where the two-minute silence went ahead. The home secretary
            chaired a meeting of the government's Cobra emergency committee, and the national
            terrorism threat level was later raised from substantial to severe. Patients and staff
            were moved to other parts of the hospital while the forecourt was searched, and some
            outpatient appointments were cancelled today.
        """),
        "E T",
        "bombing",
    ),
    (
        "LynnMall attack: Ardern says supermarket stabbing was carried out by an IS supporter",
        _t("""
            A man who stabbed shoppers at a supermarket in West Auckland's LynnMall on Friday
            afternoon was a violent extremist inspired by the Islamic State group, Prime Minister
            Jacinda Ardern says. Seven people were injured, three of them critically, before the
            man was shot dead by police surveillance officers who had followed him to the mall and
            reached him within about 60 seconds of the attack starting. Ardern told a news
            conference the attack was "despicable", "hateful" and "wrong", and that it was carried
            out by an individual, not a faith. The man, a Sri Lankan national who came to New
            Zealand in 2011, had been under around-the-clock monitoring by police and the Security
            Intelligence Service because of his support for IS. He took a knife from a shelf inside
            the store before turning on customers and staff. Witnesses described shoppers running
            through the aisles and hiding in storerooms as a worker called for people to get out.
            Police Commissioner Andrew Coster said officers had been as close as they could to the
            man without arousing his suspicion. The Federation of Islamic Associations of New
            Zealand condemned the attack and offered its support to the victims. Four of the
            injured remained in Auckland City, Middlemore and North Shore hospitals on Saturday
            morning.
        """),
        "T V",
        "terror stabbing",
    ),
    (
        "Calgary Sudanese community scrambles for news as RSF fighters sweep into Wad Madani",
        _t("""
            For eight months, Wad Madani was where Amira Osman's family went to be safe. They
            arrived there from Khartoum in May, a few weeks after the war between Sudan's army and
            the paramilitary Rapid Support Forces (RSF) reached their street. Now the city has
            fallen too. The RSF took control of Wad Madani, the capital of Gezira state, on Monday
            after four days of fighting with the army, which pulled its troops out of the city
            overnight. Residents reached by phone described fighters going from house to house,
            taking cars, phones and money, and shooting at young men they accused of supporting
            the army. The United Nations said more than 250,000 people had fled Gezira state since
            Friday, many of them on foot towards Sennar, and that aid agencies had suspended
            operations and moved staff out. About half a million people displaced from Khartoum had
            been sheltering in and around the city. Osman, a pharmacist who lives in northeast
            Calgary, said her parents left on Sunday on a donkey cart with her two nieces and had
            not been heard from since. "My mother has diabetes, and her insulin is in the fridge in
            Madani," she said. Members of the Sudanese Canadian community in Calgary have asked
            Ottawa to extend the temporary immigration measures it announced for Sudanese
            nationals, and to speed up the processing of applications from relatives in Egypt.
        """),
        "B D V H",
        "city taken by paramilitaries",
    ),
    (
        "Irish troops spend night in bunkers as shells land near UN post in south Lebanon",
        _t("""
            Irish soldiers serving with the United Nations Interim Force in Lebanon (Unifil) spent
            much of Saturday night in bunkers after artillery shells landed close to their posts,
            the Defence Forces have confirmed. No Irish personnel were injured, but a shell struck
            an unoccupied building inside one of the battalion's positions, shattering windows and
            damaging a water tank. The Defence Forces said the fire came during an exchange between
            Israeli forces and Hezbollah, which has been firing rockets and drones into northern
            Israel from the area. Israel began what it describes as limited ground operations in
            south Lebanon at the start of the month, and its troops are now operating within a few
            kilometres of several Unifil bases. The Tánaiste and Minister for Defence, Micheál
            Martin, said any targeting of peacekeepers would be "completely unacceptable" and that
            he had raised the matter with the Israeli ambassador. Some 370 Irish troops, most of
            them from the 124th Infantry Battalion, are deployed in the Unifil sector around the
            village of Tibnin. Families at Custume Barracks in Athlone said they had been in touch
            with their relatives on Sunday morning. A Defence Forces spokesman said the troops
            would stay in position and that their force protection measures were kept under
            constant review.
        """),
        "E M",
        "shelling near UN post",
    ),
    (
        "Little Haiti waits for word as gangs overrun more Port-au-Prince neighborhoods",
        _t("""
            The calls started before dawn Tuesday at a money-transfer shop on Northeast 54th
            Street, where customers usually come to send cash to relatives in Haiti. This week
            they came to ask whether anyone had heard from Delmas. Armed men from the Viv Ansanm
            gang coalition attacked several neighborhoods in the east of Port-au-Prince overnight,
            setting homes on fire and shooting at residents as they ran, according to Haitian
            police and people who fled. Police and officers of the Kenyan-led multinational
            security mission exchanged fire with the gangs for several hours near the Delmas 30
            junction before pulling back at dawn, radio stations in the capital reported. The
            International Organization for Migration said more than 6,000 people had fled the area
            in two days, many of them to schools and churches that were already crowded with
            families displaced earlier in the year. At the shop, Jean-Robert Pierre, 58, said his
            sister and her three children spent the night hiding in a neighbor's water tank. "She
            whispered to me on WhatsApp so they would not hear her," he said. Community leaders in
            Little Haiti have organized a collection for families who lost their homes and are
            pressing Congress not to end the humanitarian parole program that let many of their
            relatives come to Miami. The Haitian Consulate in Miami said it was trying to compile a
            list of Florida residents with family in the affected neighborhoods.
        """),
        "B V D",
        "gang offensive",
    ),
    (
        "'Go now': Lebanese-Australians urged to leave as Israeli strikes pound the south",
        _t("""
            Outside a bakery on Haldon Street in Lakemba on Tuesday, conversation kept returning to
            the same question: who had managed to get out? Israeli warplanes struck more than 1000
            targets across Lebanon on Monday in the heaviest day of bombardment the country has
            seen since 2006, and Lebanese health authorities said more than 490 people had been
            killed, among them dozens of children. Israel said it was hitting Hezbollah weapons
            stores and launchers hidden in homes, and told residents of the south and the Bekaa
            Valley to leave. Tens of thousands of people fled north, jamming the coastal highway to
            Beirut for most of the night. Foreign Minister Penny Wong repeated her call for the
            estimated 15,000 Australians in Lebanon to leave while commercial flights were still
            operating, and said the government had secured extra seats out of Beirut. "Do not wait.
            Go now," she said. Mohamad Kassem, who runs a travel agency in Punchbowl, said his
            phone had not stopped ringing since Monday afternoon and that seats to Dubai and Cyprus
            were selling for three times the usual fare. His uncle's family, from a village near
            Nabatieh, spent the night in a school in Sidon. "They left with their medicines and the
            deeds to the house," he said. The Australian Defence Force has pre-positioned aircraft
            in Cyprus in case an evacuation is needed.
        """),
        "E D M",
        "air campaign",
    ),
    (
        "Canadians describe fleeing gunfire in Khartoum as first evacuation flight lands",
        _t("""
            The first Canadian military evacuation flight out of Sudan landed in Djibouti on
            Wednesday night, carrying Canadians and citizens of allied countries who had made a
            dangerous drive through Khartoum to reach an airfield north of the capital. Fighting
            between Sudan's army and the paramilitary Rapid Support Forces has raged in Khartoum
            for 11 days, with air strikes, artillery and street battles in residential districts,
            and the World Health Organization says more than 450 people have been killed across
            the country. A 72-hour truce brokered by the United States has been broken repeatedly.
            Hala Ibrahim, an engineer from Mississauga who was visiting her parents in the Bahri
            district, said the family had spent nine days on the floor of an inner hallway while
            bullets hit the outside walls. "We heard the tanks at night and the planes in the
            morning," she said by phone from Djibouti. She said her parents, who hold only Sudanese
            passports, had joined the tens of thousands of people heading for the Egyptian border
            by bus. Global Affairs Canada said about 1,800 Canadians in Sudan had asked for
            assistance. Defence Minister Anita Anand said the Canadian Armed Forces would run more
            flights for as long as conditions on the ground allowed, but warned that the ceasefire
            was fragile and the situation could change quickly.
        """),
        "B E D",
        "battle",
    ),
    (
        "'We left with one bag each': first Ukrainian families arrive in Yorkshire",
        _t("""
            When Olena Kravets stepped off the train at Harrogate on Thursday evening with her two
            sons, the first thing she asked her hosts for was a phone charger. The family left
            their flat in the Saltivka district of Kharkiv on 2 March, after a shell hit the
            building opposite, and travelled by train and bus to Poland before flying to Leeds
            Bradford airport this week. They are among the first people to arrive in North
            Yorkshire under the Homes for Ukraine scheme, which matches refugees with households
            willing to give them a room for at least six months. Kharkiv came under heavy Russian
            shelling again on Tuesday, with residential blocks and a market hit in the north-east
            of the city, according to the regional governor. Kravets's husband, a 44-year-old
            electrician, stayed behind because men aged 18 to 60 are barred from leaving the
            country. "He sends me a photograph every morning so I know he is alive," she said. More
            than 3.5 million people have fled Ukraine since the Russian invasion began, according
            to the UN refugee agency, most of them to Poland. Charities in Yorkshire say many hosts
            are still waiting for visas to be approved for families they have already been matched
            with. The Home Office said it was processing applications as quickly as possible and
            had added staff to the team.
        """),
        "D E",
        "refugee flight",
    ),
    (
        "Two killed, one wounded on third night of unrest in Kenosha; Illinois teen arrested",
        _t("""
            KENOSHA, Wis. (AP) - Two people were shot and killed and a third was wounded during a
            third night of protests in Kenosha over the police shooting of Jacob Blake, and a
            17-year-old from Illinois was arrested Wednesday on a charge of first-degree
            intentional homicide, authorities said. The shooting happened shortly before midnight
            near a car dealership and a gas station where armed men had gathered, saying they were
            there to protect businesses after two nights of arson and looting. Videos posted on
            social media show a young man with a rifle running along a street as people chase him,
            and then firing several times. Earlier in the night, police had fired tear gas and
            rubber bullets to push demonstrators back from the Kenosha County Courthouse after
            some threw fireworks, water bottles and bricks at officers. Dozens of buildings and
            more than 100 vehicles have been set on fire since Sunday, when Blake, a 29-year-old
            Black man, was shot seven times in the back by an officer. Blake is paralyzed from the
            waist down, his father said. Gov. Tony Evers said he would send 500 members of the
            National Guard to Kenosha, double the number deployed Tuesday, and the city extended a
            curfew to 7 p.m. Blake's mother appealed for calm, saying violence "does not reflect my
            son or my family."
        """),
        "U",
        "riot",
    ),
]
