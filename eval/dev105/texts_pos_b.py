"""dev105 positives (second half): whole articles that report current organised violence.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Hotel housing asylum seekers set alight as disorder spreads to Rotherham",
        _t("""
            A hotel housing asylum seekers in Rotherham was set on fire on Sunday afternoon as
            hundreds of rioters smashed windows, hurled bricks and fire extinguishers at police and
            forced their way into the building. About 240 people, including residents and staff,
            were inside the Holiday Inn Express at Manvers when the crowd broke through a line of
            officers, South Yorkshire Police said. Staff barricaded themselves and guests in a
            function room while a wheelie bin was pushed against a fire door and set alight. No
            residents were hurt, but at least 10 officers were injured, one of them knocked
            unconscious. The disorder was the most serious in a week of violence that began after
            the killing of three girls at a dance class in Southport and was fuelled by false
            claims online about the identity of the suspect. Mosques in Southport and Sunderland
            have been attacked and police vehicles burned in Liverpool, Hull and Middlesbrough.
            Keir Starmer, in a televised statement from Downing Street, called the attacks
            "far-right thuggery" and said those involved would "regret taking part". The chief
            constable of South Yorkshire said the officers had faced "sustained and serious
            violence" and that arrests would follow in the coming days. Groups supporting refugees
            said residents of the hotel, some of whom had fled wars in Syria and Afghanistan, were
            terrified and had asked to be moved.
        """),
        "U V",
        "riot",
    ),
    (
        "Buses and Luas tram set alight as rioting breaks out in Dublin city centre",
        _t("""
            Gardaí were attacked, shops looted and a Luas tram, two buses and several Garda cars set
            on fire as rioting broke out in Dublin city centre on Thursday evening, hours after
            three children and a care assistant were stabbed outside a school on Parnell Square
            East. A five-year-old girl was seriously injured in the knife attack, and a man in his
            50s was also being treated in hospital. Gardaí have said they are not looking for anyone
            else in connection with the stabbing and have not given any motive. By 7pm a crowd of
            several hundred people had gathered on O'Connell Street, some of them carrying
            anti-immigration placards. Fireworks, bottles and rocks were thrown at members of the
            Garda public order unit, and the windows of a hotel and a number of shops were broken.
            Garda Commissioner Drew Harris said 34 people had been arrested and described those
            responsible as "a complete lunatic hooligan faction driven by far-right ideology". The
            Minister for Justice said the scenes were "an affront to the people of Dublin". Dublin
            Bus withdrew services from the north inner city and Luas services were suspended for
            the night. Staff at the school, a gaelscoil, said the children would be offered
            counselling, and the Taoiseach visited the scene on Friday morning.
        """),
        "U",
        "riot",
    ),
    (
        "Police fire rubber bullets as protesters clash with officers outside Melbourne defence expo",
        _t("""
            Police used capsicum spray, stun grenades and rubber bullets to disperse protesters
            outside the Land Forces defence exposition in Melbourne on Wednesday, as demonstrators
            threw rocks, bottles, horse manure and acid at officers trying to clear a path into the
            convention centre. Victoria Police said 24 officers needed medical treatment, some for
            burns, and 39 people were arrested. About 1200 protesters, many of them opposed to the
            war in Gaza and to weapons makers exhibiting at the expo, had blocked the entrances to
            the South Wharf venue from early morning. Some set bins on fire and tried to push over
            metal barriers as delegates arrived. Acting Chief Commissioner Rick Nugent said the
            behaviour of some protesters had been "disgraceful" and that the force's response had
            been appropriate. Protest organisers accused police of being heavy-handed and said
            several demonstrators had been taken to hospital with injuries from projectiles. The
            expo, held every two years, features more than 1000 exhibitors from the defence
            industry, including manufacturers of armoured vehicles, drones and munitions. Premier
            Jacinta Allan said peaceful protest was a right but "attacking police officers is
            not". About 1500 police were rostered on for the four days of the event.
        """),
        "U",
        "violent protest",
    ),
    (
        "A New Jersey Family Learns a Cousin Was Taken From a Kibbutz Near Gaza",
        _t("""
            On Saturday morning, Dina Shapiro was making pancakes in Teaneck, N.J., when her phone
            began to buzz with messages from a family group chat based 5,700 miles away. By
            Sunday night she had learned that her mother's cousin, a 79-year-old retired
            kindergarten teacher, had been taken from her home on Kibbutz Nir Oz and driven into
            Gaza. Hamas gunmen broke through the border fence at dozens of points on Saturday,
            storming army posts and farming communities and killing hundreds of civilians in their
            homes and at an outdoor music festival. Israeli officials said on Monday that at least
            900 people had been killed in Israel and that more than 100 people were believed to be
            held in Gaza. Israel has responded with the heaviest air campaign it has ever waged on
            the enclave, striking hundreds of targets, and health officials in Gaza said more than
            680 people there had been killed. President Biden, who called the attack "an act of
            sheer evil", said at least 11 Americans were among the dead. Hamas is designated a
            terrorist organization by the United States. Ms. Shapiro said the family had heard
            nothing from the Israeli authorities about her cousin. "We found out from a video," she
            said. "Someone in the group chat recognized her sweater." A vigil at a synagogue in
            Teaneck on Sunday night drew more than 1,000 people.
        """),
        "V T E M B",
        "cross-border attack",
    ),
    (
        "RAF jets join US strikes on Houthi targets in Yemen after attacks on Red Sea shipping",
        _t("""
            RAF Typhoon jets took part in US-led strikes on Houthi military targets in Yemen
            overnight, in the first direct British military action against the Iranian-backed
            group. Four Typhoons flying from RAF Akrotiri in Cyprus used Paveway IV guided bombs to
            hit a site at Bani in north-west Yemen that the Ministry of Defence said was used to
            launch drones, and an airfield at Abbs used to launch cruise missiles and drones over
            the Red Sea. Rishi Sunak said the action was "limited, necessary and proportionate" and
            taken in self-defence after the Houthis launched the largest attack yet on Tuesday,
            when drones and missiles were fired at British and American warships. HMS Diamond shot
            down several drones in that attack. The Houthis, who say they are targeting ships linked
            to Israel in solidarity with Palestinians in Gaza, said five of their fighters had been
            killed and vowed to retaliate. The prime minister faced questions over why parliament
            had not been recalled before the strikes, and the Labour leader, Keir Starmer, said he
            backed the action but wanted a statement to MPs. Shipping companies including Maersk
            have diverted vessels around the Cape of Good Hope. Oil prices rose by more than 2% on
            Friday morning.
        """),
        "E M",
        "air strikes",
    ),
    (
        "Defence Force plane sent to Middle East as New Zealanders stranded by Israel-Iran strikes",
        _t("""
            The government is sending a Defence Force C-130J Hercules to the Middle East to be
            ready to evacuate New Zealanders stranded by the air war between Israel and Iran,
            Foreign Minister Winston Peters says. Israel has struck nuclear sites, missile bases and
            military commanders across Iran since Friday, and Iran has fired waves of ballistic
            missiles at Tel Aviv, Haifa and other Israeli cities. Iranian state media said more
            than 220 people had been killed in Iran, while Israel's emergency services said at
            least 24 people had died in Israel. Airspace over both countries and Iraq and Jordan
            remains closed. Peters said about 100 New Zealanders had registered with the Ministry
            of Foreign Affairs and Trade as being in Iran and more than 100 in Israel. Residents of
            Tehran have been leaving the capital in long queues of traffic heading north, and some
            New Zealanders have made their own way overland to Armenia and Türkiye. An Auckland
            woman who was visiting her parents in Tehran told RNZ she had heard explosions every
            night and had driven with her father for 14 hours to reach the border. "The petrol
            stations had queues a kilometre long," she said. The Hercules and a crew of about 40
            will be based in the region so that it can move quickly if a window opens. Peters
            urged New Zealanders still in Iran to shelter in place if they could not leave safely.
        """),
        "E M D",
        "air strikes",
    ),
    (
        "Paramilitary assault on Sudan's largest displacement camp sends thousands fleeing into the desert",
        _t("""
            Tens of thousands of people fled Zamzam, the largest camp for displaced people in
            Sudan, after the paramilitary Rapid Support Forces stormed it over the weekend, aid
            groups and residents said, in one of the deadliest assaults of a two-year war. The
            RSF shelled the camp for two days before fighters on pickup trucks swept in on Friday,
            battling army-aligned joint forces that had defended it, burning homes and the market,
            and shooting people in the streets, according to survivors reached by phone. The
            United Nations said on Monday that more than 400 people had been killed, among them
            nine staff of the aid group Relief International, who were killed at the last clinic
            still operating in the camp. The RSF said it had taken control of Zamzam and accused the
            army of using the camp as a base. Zamzam, about nine miles south of El Fasher in North
            Darfur, had held about half a million people, and a committee of experts declared
            famine there last year. The International Organization for Migration said up to 400,000
            people had fled, most on foot toward the town of Tawila, a walk of more than 30 miles.
            Doctors Without Borders said its team in Tawila was receiving people with gunshot
            wounds and severe dehydration, and that many children had died on the road. "People are
            arriving with nothing, not even water containers," a nurse there said. The assault on
            Zamzam came as the RSF tightened its siege of El Fasher, the last major city in Darfur
            still held by the army, where hundreds of thousands of people are trapped with
            dwindling food and almost no functioning hospitals. Satellite images analyzed by
            researchers at Yale showed fires burning across large parts of the camp on Saturday,
            including the main market, a mosque and rows of shelters. Aid officials said the fall
            of Zamzam removed one of the few places in North Darfur where agencies could still
            distribute food, and called on the RSF to allow safe passage for the thousands of
            people, many of them elderly or disabled, who were still inside. The State Department
            condemned the attack and said those responsible must be held accountable.
        """),
        "B E V D H",
        "attack on displacement camp",
    ),
    (
        "Buffalo supermarket shooting investigated as racially motivated violent extremism",
        _t("""
            BUFFALO, N.Y. (AP) - A white 18-year-old wearing body armor and carrying a rifle shot
            13 people at a supermarket in a predominantly Black neighborhood of Buffalo on Saturday,
            killing 10, in what authorities described as racially motivated violent extremism. The
            gunman livestreamed the attack on a gaming platform from a camera mounted on his
            helmet, police said. He surrendered to officers in the store's vestibule after holding
            the rifle to his own neck. Eleven of those shot were Black, the police commissioner
            said. A retired police officer working as a security guard at the store fired at the
            gunman before he was killed. The suspect, from a town about 200 miles away, has been
            charged with first-degree murder, and the FBI said it was investigating the shooting
            both as a hate crime and as an act of racially motivated violent extremism. The Erie
            County district attorney said additional charges of domestic terrorism were being
            considered. A document attributed to the suspect and posted online laid out a racist
            conspiracy theory about white people being replaced. On Sunday, people gathered for
            prayer outside the supermarket, the only full-service grocery store in the
            neighborhood, and church leaders asked for help feeding residents while it stays
            closed.
        """),
        "T V",
        "mass shooting investigated as terrorism",
    ),
    (
        "Afghan Australians in anguish as Kabul airport bombing ends hopes for relatives",
        _t("""
            Members of Perth's Hazara community gathered in a Mirrabooka community hall on Friday
            morning to watch the news from Kabul, where a suicide bomber had struck the crowds
            waiting outside the airport a few hours earlier. The blast at the Abbey Gate, followed
            by gunfire, killed at least 60 Afghans and 13 US service members, according to
            officials in Kabul and Washington, and wounded more than 140. The Islamic State's
            Afghan affiliate, Islamic State Khorasan, said it carried out the attack. Hours before
            the bombing, the last Australian evacuation flight had left Kabul, and Scott Morrison
            said Australian troops and officials had been pulled out safely. More than 4,100 people
            have been flown out on Australian flights since the Taliban took the city, but hundreds
            of Afghans with Australian visas, many of them former interpreters and their families,
            remain in the country. Ali Rezaei, a taxi driver who arrived in Australia in 2012, said
            his brother and his brother's four children had been waiting near the gate for two
            days. "He texted me at 5 o'clock that they were close," he said. "Then nothing." He
            reached his brother in the evening, Kabul time; the family had been pushed back by
            Taliban guards before the explosion and had gone home. The federal government said it
            would keep working with partners to help visa holders leave by other routes.
        """),
        "E T D V",
        "suicide bombing",
    ),
    (
        "Russian missile hits Kyiv children's hospital in wave of daytime strikes",
        _t("""
            A Russian missile struck Ukraine's largest children's hospital in Kyiv yesterday,
            destroying a wing that housed toxicology and dialysis units and forcing staff to carry
            young patients out into the street. Two adults were killed at the Okhmatdyt hospital,
            and at least 31 people died across the country in one of the heaviest daytime attacks
            of the war, according to Ukrainian officials. Parents wrapped children who had been on
            drips in blankets and sat with them in the hospital grounds as volunteers formed human
            chains to clear rubble from the entrance. Operating theatres and intensive care were
            put out of action, and surgeons who were in the middle of an operation on a child's
            heart finished it in another building. Ukraine's air force said Russia had fired more
            than 40 missiles at Kyiv, Dnipro, Kryvyi Rih and other cities. Volodymyr Zelensky said
            the strike on the hospital showed Moscow was waging war on children, and UN monitors
            said their analysis of video pointed to a direct hit rather than debris from an
            interceptor. The Kremlin denied targeting the hospital and blamed Ukrainian air
            defences. Dozens of children were transferred to other hospitals in the capital last
            night, and doctors said those on dialysis were the most urgent cases.
        """),
        "E V H",
        "missile strike on hospital",
    ),
    (
        "Detective shot in front of son at Omagh sports complex; New IRA the main line of inquiry",
        _t("""
            A senior PSNI detective is in a critical condition in hospital after he was shot
            several times in front of his son and a group of children at a sports complex in
            Omagh on Wednesday night. The officer, who was off duty, had been coaching an
            under-15s football session and was putting equipment into the boot of his car when two
            gunmen approached and opened fire. Children who had been training ran back towards the
            building to take cover. Police said they were treating the attack as terrorism and that
            the New IRA, a dissident republican group opposed to the peace process, was the
            primary line of investigation. A burnt-out car believed to have been used by the
            gunmen was later found in a lane outside the town. The shooting was condemned by
            political leaders on both sides of the border, with the Taoiseach describing it as an
            "appalling attack" on a man who had spent his career serving the community. The chief
            constable said the officer was "a father, a husband, a coach and a colleague". Three
            men were arrested on Thursday morning. The attack comes weeks before the 25th
            anniversary of the Good Friday Agreement, and a planned visit by the US president.
        """),
        "T",
        "shooting",
    ),
    (
        "Brampton families with ties to Kashmir wait anxiously as India and Pakistan trade strikes",
        _t("""
            In the banquet halls and temples of Brampton, and in the mosques a few kilometres away
            in Mississauga, the news from Kashmir spread through family group chats before most
            people woke up on Wednesday. India said it had struck nine sites in Pakistan and
            Pakistan-administered Kashmir overnight, targeting what it called terrorist
            infrastructure linked to last month's massacre of tourists at Pahalgam. Pakistan said
            the missiles hit mosques and homes and killed 26 civilians, and its army fired
            artillery across the Line of Control, where Indian officials said shelling killed at
            least 12 people in the Poonch district. Both countries closed airspace in the region
            and Pakistan said it had shot down Indian aircraft, which India did not confirm. Imran
            Qureshi, an accountant in Mississauga whose parents live in Muzaffarabad, said his
            mother had spent the night under the stairs. "She kept saying it was like 1999, and
            then she said no, this is worse," he said. Harpreet Gill, whose grandparents live in a
            village in Poonch, said the family had moved in with relatives in Jammu. Global Affairs
            Canada urged Canadians to avoid all travel near the Line of Control and called on both
            countries to show restraint. Community leaders in Peel Region said they would hold a
            joint prayer vigil on Friday.
        """),
        "E M D",
        "missile strikes and shelling",
    ),
]
