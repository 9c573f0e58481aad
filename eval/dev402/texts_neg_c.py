"""dev402 negatives, part C: Cyprus talks and Greek-Turkish detente, the 1974 anniversaries
and other history, culture, health, Orthodox Easter and other news (title, text, kind code)."""


def t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Cyprus talks at Crans-Montana collapse in the early hours",
        t("""The United Nations conference on Cyprus in the Swiss resort of Crans-Montana ended
        without agreement in the early hours of Friday, after ten days of negotiations that
        Secretary-General Antonio Guterres had called a unique opportunity. The talks broke down
        over the future of Turkey's troops on the island and the system of guarantees, according
        to diplomats present. "I am very sorry to inform you that the conference was closed
        without an agreement," Guterres told reporters. President Nicos Anastasiades said Turkey
        had insisted on keeping troops and intervention rights. Turkish Cypriot leader Mustafa
        Akinci said a historic chance had been lost. Greek Foreign Minister Nikos Kotzias said
        Athens had come with proposals. Diplomats said it was unclear when talks might resume.
        Diplomats said a dinner on the last night had turned into a shouting match. The EU's foreign policy chief Federica Mogherini, who attended as an observer, said the door should not be closed.
        """),
        "peace",
    ),
    (
        "Geneva meeting ends with agreement on new crossing points and demining",
        t("""An informal meeting on Cyprus convened by UN Secretary-General Antonio Guterres in
        Geneva ended on Tuesday with agreement on six initiatives, including the opening of new
        crossing points along the buffer zone, demining, and a youth technical committee, the UN
        said. Guterres described the atmosphere as constructive, and said he would appoint a
        personal envoy to follow up. President Nikos Christodoulides and the Turkish Cypriot
        leader Ersin Tatar attended along with the foreign ministers of Greece, Turkey and the
        United Kingdom. Tatar repeated his call for recognition of two states, which the Greek
        Cypriot side rejects. Christodoulides said the meeting was a "first step". Another meeting
        in the same format is planned in the summer.
        UN officials told Philenews that the technical work on crossing points at Mia Milia and Louroujina would begin within weeks. Both leaders also agreed to cooperate on the environment and on cemeteries in the north and the south, long a sensitive matter for displaced families.
        """),
        "peace",
    ),
    (
        "Mitsotakis and Erdogan sign Athens Declaration on friendly relations",
        t("""Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan signed a
        declaration on friendly relations and good neighbourliness in Athens on Thursday, pledging
        to refrain from statements and actions that could endanger peace and stability in the
        region. The two leaders also signed more than a dozen agreements on trade, tourism,
        education and energy, and agreed to aim for bilateral trade of 10 billion dollars. It was
        Erdogan's first visit to Greece since 2017, when a press conference turned into a public
        argument. "There is no problem so big that it cannot be solved," Erdogan said. The two
        sides agreed to keep talking about the delimitation of maritime zones. Opposition parties
        were divided over the deal.
        The visit was the clearest sign yet of the thaw that followed the earthquakes in Turkey in February, when Greek rescue teams were among the first to arrive. Flights of Turkish fighters over the Aegean islands have almost stopped this year, according to the Greek general staff. Kathimerini called the day "the calm after years of storms".
        """),
        "peace",
    ),
    (
        "Sirens wail across Cyprus on anniversary of the Turkish invasion",
        t("""Air raid sirens sounded across the Republic of Cyprus at 5:30 on Saturday morning, the
        time when Turkish troops landed on the northern coast on July 20, 1974. Memorial services
        were held in churches across the island, and wreaths were laid at the Tomb of Makedonitissa,
        where those who fell in the war are buried. President Nikos Christodoulides said the
        anniversary was a day of mourning and a reminder of the duty to reunite the island. In
        the north, Turkish Cypriots celebrated the day as a holiday, with a military parade
        attended by Turkish officials. The Greek Foreign Ministry issued a statement calling for
        an end to the occupation. The invasion left about 200,000 Greek Cypriots displaced and
        thousands dead or missing.
        Church bells tolled at noon in memory of the dead. At the Ledra Street crossing, a group of young people from both communities held a small gathering for peace, with banners in Greek, Turkish and English.
        """),
        "history",
    ),
    (
        "Fifty years on: Cyprus marks half a century of division",
        t("""Cyprus marked fifty years since the Turkish invasion on Saturday with ceremonies in
        Nicosia and a visit by Greek Prime Minister Kyriakos Mitsotakis, while Turkish President
        Recep Tayyip Erdogan attended a parade in the north. Mitsotakis laid a wreath at the Tomb
        of Makedonitissa and said Greece would "never accept" the division of the island. Erdogan
        said a federal solution was no longer realistic. President Nikos Christodoulides said the
        wound of 1974 remained open, with more than 700 people still listed as missing. Thousands
        of Greek Cypriots attended an exhibition on the events of the summer of 1974 at the
        Presidential Palace. Survivors described the days of the invasion to schoolchildren.
        Schools displayed photographs of young men who left for the front in July 1974 and never returned. In Athens, the Greek parliament held a special session, and flags were flown at half mast on public buildings. The United Nations said its peacekeepers, present on the island since 1964, would stay as long as needed.
        """),
        "history",
    ),
    (
        "Remains of 1974 soldiers handed to families after DNA identification",
        t("""The remains of four Greek Cypriot soldiers killed during the 1974 invasion were
        handed over to their families on Wednesday, after being identified by the Committee on
        Missing Persons through DNA analysis, Philenews reports. The remains were found in a mass
        grave in a field near the village of Ornithi in the occupied area last year. The families
        held funerals in their home villages. One sister said she had waited almost fifty years to
        bury her brother. The CMP, which includes Greek and Turkish Cypriot members, has identified
        more than 1,000 people since it began its work in 2006. About 750 Greek Cypriots and 200
        Turkish Cypriots remain missing. The committee relies on witnesses to locate graves.
        The CMP's scientists work from a laboratory inside the buffer zone near Nicosia airport, where bone fragments are cleaned and catalogued before samples are sent abroad for analysis. Relatives describe the handover as a second funeral.
        """),
        "history",
    ),
    (
        "Distomo remembers massacre victims 80 years on",
        t("""Hundreds of people gathered in the village of Distomo in central Greece on Monday to
        mark the 80th anniversary of the massacre of 218 villagers by German soldiers on June 10,
        1944. President Katerina Sakellaropoulou laid a wreath at the memorial and called on
        Germany to address the question of war reparations. The German ambassador also attended
        the ceremony. Survivors, now in their eighties and nineties, recalled the day the soldiers
        entered the village and killed men, women and children. A survivor who was four years old
        at the time said he had never forgotten the sight of the burning houses. The village has
        received no compensation despite court rulings in its favour.
        Schoolchildren from the village read out the names of the victims, one by one, during the ceremony. Germany has acknowledged its moral responsibility for the massacre but considers the legal question of reparations closed. Greek historians estimate that hundreds of villages were destroyed during the occupation.
        """),
        "history",
    ),
    (
        "Smyrna centenary: Greece remembers the Asia Minor catastrophe",
        t("""Greece marked the centenary of the Asia Minor catastrophe on Wednesday with
        ceremonies across the country, remembering the Greeks killed and expelled from Smyrna and
        the coast of Anatolia in 1922. About 1.2 million Greeks became refugees in the exchange of
        populations that followed, changing the face of Greek cities. Prime Minister Kyriakos
        Mitsotakis said the refugees had rebuilt their lives and enriched the country.
        Descendants of refugees attended memorial services in churches, while exhibitions opened in
        Athens and Thessaloniki with photographs and objects brought from Asia Minor. Historians
        said the catastrophe shaped modern Greece. Neighbourhoods such as Nea Smyrni bear the
        names of the lost cities.
        The Hellenic Parliament held a special session, and ERT broadcast a series of documentaries with survivors' testimony recorded in the 1960s and 1970s. In Nea Ionia, the sons and daughters of refugees laid flowers at the memorial to the lost homelands.
        """),
        "history",
    ),
    (
        "Documentary on the missing of 1974 wins audience award in Thessaloniki",
        t("""A documentary about the families of Greek Cypriots missing since the 1974 invasion
        won the audience award at the Thessaloniki Documentary Festival on Sunday. The film
        follows three women searching for their relatives over five decades, using archive
        footage and interviews. The director, who is from Limassol, said she wanted to show that
        the war did not end for the families. The jury praised the film for its restraint. It
        will be shown on ERT in the autumn and is due to tour schools in Cyprus. The festival's
        main prize went to a Greek film about migrant workers on Crete.
        The film draws on home videos shot by the families in the 1980s and 1990s, when the women took part in marches at the checkpoints. One of its subjects, now 86, attended the screening and received a standing ovation. Critics in Kathimerini described the documentary as quiet and devastating.
        """),
        "entertainment",
    ),
    (
        "New novel on the Greek civil war tops bestseller lists",
        t("""A novel about two brothers who fought on opposite sides of the Greek civil war has
        topped bestseller lists in Athens for three weeks, the publisher said. The book, set in a
        mountain village in Epirus between 1946 and 1949, describes battles, executions and the
        exile of children to Eastern Europe. Its author, a retired teacher from Ioannina, said he
        drew on the stories of his own family. Critics in Kathimerini praised its "unsentimental"
        treatment of one of the darkest periods in modern Greek history. The film rights have been
        sold to a Greek production company. The author will present the book at the Thessaloniki
        book fair in May.
        The publisher has ordered a fifth printing of 10,000 copies. Readers' clubs in several cities have chosen it for discussion, and the author has received hundreds of letters from readers who recognised their own families in the story.
        """),
        "entertainment",
    ),
    (
        "The Persians return to Epidaurus in a staging that reflects today's wars",
        t("""Aeschylus's The Persians, the oldest surviving play in the Western canon, returned to
        the ancient theatre of Epidaurus on Friday in a new production by the National Theatre
        of Greece. The tragedy, first staged in 472 BC, tells of the defeat of the Persian fleet
        at Salamis from the point of view of the defeated. The director said he wanted the
        audience to feel the grief of the mothers of soldiers in every war. About 10,000 people
        attended the premiere. The chorus of refugees, dressed in modern clothes, drew applause.
        Critics were divided over the production's references to current conflicts. The
        performance will be repeated on Saturday.
        The director said he had met refugees in Athens while preparing the play and that their stories had shaped the chorus. The production will tour theatres in Cyprus and in the north of Greece in August.
        """),
        "entertainment",
    ),
    (
        "Lockdown across Greece as Mitsotakis declares war on an invisible enemy",
        t("""Greece will go into a nationwide lockdown from Monday, Prime Minister Kyriakos
        Mitsotakis announced in a televised address, saying the country was at war with an
        invisible enemy. Citizens will only be allowed to leave their homes for essential reasons
        and will have to send a text message before going out. The police will carry out checks
        and fines of 150 euros will be imposed on those who violate the rules. Greece has so far
        recorded 624 cases of the coronavirus and 15 deaths. Health officials said the measures
        were needed to protect the national health system. Mitsotakis called on citizens to stay
        at home. The measures will last at least two weeks.
        Supermarkets, pharmacies and bakeries will stay open, and people may exercise outdoors alone or in pairs. Long queues formed outside supermarkets in Athens and Thessaloniki after the announcement, although the government said there was no risk of shortages. Civil protection chief Nikos Hardalias said the next days would be decisive.
        """),
        "health",
    ),
    (
        "West Nile virus: 12 dead and cases rising in Attica and Larissa",
        t("""The Greek public health agency EODY said on Friday that twelve people had died from
        West Nile virus infection this summer, and that 98 cases had been recorded, most of them
        in Attica, Larissa and Central Macedonia. Most of the dead were elderly people with
        underlying conditions. Health officials urged the public to use insect repellent and to
        avoid standing water. Municipalities have stepped up spraying against mosquitoes. Experts
        said higher temperatures were extending the season of the disease. Blood donations in the
        affected areas are subject to additional checks.
        The worst-affected regional units this year are those around rice fields and wetlands, where mosquitoes breed in large numbers. EODY said it had sent teams to train local doctors to recognise the symptoms. The Larissa regional authority said it had spent more than 300,000 euros on spraying since May.
        """),
        "health",
    ),
    (
        "Rocket war lights up Vrontados sky on Easter night",
        t("""Two rival parishes in the village of Vrontados on Chios fired tens of thousands of
        homemade rockets at each other's churches on Easter night, continuing the tradition known
        as the rouketopolemos, or rocket war. The churches of Agios Markos and Panagia
        Erithiani were protected with wire mesh and metal sheets, and the windows of nearby
        houses were boarded up. The aim is to hit the bell tower of the rival church. Thousands of
        visitors watched from a safe distance. The local authorities said no one was hurt. The
        custom dates back to the Ottoman period. Each side claimed victory, as every year, and
        both agreed to settle the matter next Easter.
        The rockets, which are made by hand in workshops for months before Easter, fly low across the ravine that separates the two churches. Police seized a small quantity of gunpowder last week but the tradition went ahead as usual. Residents complained, as every year, about damaged roofs and burned gardens, and the municipality said it would compensate them.
        """),
        "other",
    ),
    (
        "Holy Fire arrives in Athens from Jerusalem and is sent to parishes",
        t("""The Holy Fire arrived at Athens airport on Saturday evening on a special flight from
        Jerusalem and was received with honours by officials and clergy. The flame, which
        Orthodox Christians believe is lit miraculously in the Church of the Holy Sepulchre, was
        then sent to parishes across Greece in time for the Resurrection service at midnight.
        Thousands of the faithful gathered outside churches with candles. The flight was
        organised by the Church of Greece. In Cyprus, the flame was taken from Larnaca airport to
        churches across the island. The Easter lamb was to be roasted on Sunday.
        Members of the government and the army's honour guard were at the airport when the flame was carried down the steps of the aircraft in a lantern. The Archbishop of Athens, Ieronymos, said the Resurrection was a message of hope in hard times. Easter services in Thessaloniki and on the islands were packed, with the faithful spilling onto the streets.
        """),
        "other",
    ),
    (
        "Easter exodus: 40,000 vehicles leave Athens on Holy Thursday",
        t("""About 40,000 vehicles left Athens on Holy Thursday through the tolls at Elefsina and
        Afidnes, traffic police said, as residents headed to their villages and islands for the
        Orthodox Easter. Ferry operators added extra sailings from Piraeus, Rafina and Lavrio, and
        about 25,000 passengers left by sea. The Hellenic Police deployed extra patrols on the
        national highways. Officials urged drivers to be careful and to avoid drinking. Lamb prices
        were stable compared to last year, according to the consumers' association. The return
        journey is expected on Monday.
        The Hellenic Police said it had recorded 17 traffic accidents on the national roads since Wednesday, two of them fatal. Meteorologists expected warm weather across the country, with temperatures reaching 27 degrees in the south. On Easter Sunday, lambs will be roasted on spits in villages across the country, while the traditional red eggs were selling well in markets.
        """),
        "other",
    ),
    (
        "DISY narrowly ahead as ELAM takes third place in Cyprus parliamentary elections",
        t("""The ruling Democratic Rally narrowly won the parliamentary elections in Cyprus on
        Sunday with 27.8 per cent of the vote, while the far-right ELAM came third with 6.8 per
        cent, its best result ever, according to official results. The left-wing AKEL came second
        with 22.3 per cent. Turnout was 65.7 per cent, the lowest in the country's history. A new
        party led by a popular journalist failed to win seats. Analysts said ELAM's rise reflected
        concerns over migration and corruption. The new parliament will elect a speaker next
        week.
        President Nicos Anastasiades congratulated the winners and said the result was a vote for stability. The Greens and the new Democratic Front also entered the 56-seat House. ELAM leader Christos Christou said his party had become the third force in Cypriot politics. Analysts told Philenews that the fragmentation of the vote would make the work of parliament harder.
        """),
        "other",
    ),
]
