"""dev101 positives: Central Asia, the South Caucasus, Russia-Ukraine, Lebanon's borders."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Batken: houses burned, thousands evacuated after clashes at Golovnoi water intake",
        w("""
        A dispute between residents of Kok-Tash and the neighbouring Tajik village over the
        Golovnoi water distribution point escalated into an exchange of fire between Kyrgyz and
        Tajik border guards on Thursday, the Border Service said. According to the service, Tajik
        servicemen used mortars and grenade launchers against Kyrgyz positions and a border
        outpost. Several houses, a school and a customs post in Kok-Tash were set on fire. More
        than 10,000 people have been evacuated from Leilek and Batken districts, the Ministry of
        Emergency Situations reported.
        """),
        "B E D",
        "border_clash",
    ),
    (
        "Kyrgyzstan says 46 killed in border conflict with Tajikistan, 136,000 evacuated",
        w("""
        The death toll from clashes on Kyrgyzstan's border with Tajikistan has risen to 46, Kyrgyz
        authorities said on Sunday, and more than 136,000 people have been evacuated from the
        conflict area in Batken region. Fighting broke out on Wednesday and escalated over the
        following days, with both sides using tanks, rocket artillery and drones and accusing each
        other of attacking villages. Kyrgyz officials said Tajik forces had shelled the airport in
        Batken and set fire to houses and a school in Ak-Sai. A ceasefire agreed on Friday was
        largely holding, both sides said. In Batken city, evacuated families slept in schools and
        a sports hall.
        """),
        "B E D",
        "border_clash",
    ),
    (
        "Two killed as Kyrgyz and Tajik guards fight over new road near Tort-Kocho",
        w("""
        At least two people were killed and more than a dozen wounded on Thursday in a gunfight
        between Kyrgyz and Tajik border guards near the village of Tort-Kocho, where Tajik
        residents had objected to a road being laid by Kyrgyz authorities. Kyrgyzstan's border
        service said Tajik forces opened fire with mortars; Dushanbe blamed Kyrgyz guards for the
        escalation.
        """),
        "B E",
        "border_clash",
    ),
    (
        "Tajikistan says Kyrgyz drone hit mosque as border fighting spreads to Isfara villages",
        w("""
        Tajikistan accused Kyrgyzstan on Saturday of striking a mosque in the village of
        Ovchi-Kalacha with a Bayraktar drone, killing at least nine civilians who had gathered for
        prayers, as fighting along the border spread to the Isfara district. Officials in Dushanbe
        said Kyrgyz troops had also shelled a school and a house of culture, and that residents of
        several villages had been moved to safer areas. Bishkek rejected the claims and said Tajik
        forces were still firing on Kyrgyz positions despite the truce.
        """),
        "E V D",
        "drone_strike",
    ),
    (
        "Azerbaijani general among 11 killed in clashes with Armenia on northern border",
        w("""
        An Azerbaijani major general and a colonel were among 11 soldiers killed in fighting with
        Armenian forces on the two countries' northern border, Azerbaijan's defence ministry said
        on Tuesday, as the deadliest clashes in years entered a third day. The two sides have
        exchanged artillery fire and used drones near Azerbaijan's Tovuz district and Armenia's
        Tavush province, far from the disputed enclave of Nagorno-Karabakh. Armenia said four of
        its soldiers had been killed and that shells hit houses in the village of Chinari. Russia
        urged restraint.
        """),
        "B E",
        "border_clash",
    ),
    (
        "Armenia says 49 soldiers killed as Azerbaijani forces shell towns inside its territory",
        w("""
        Armenia says 49 of its soldiers were killed overnight as Azerbaijani forces shelled towns
        including the spa resort of Jermuk and Goris in the south of the country, in the most
        serious fighting between the neighbours since their 2020 war. Baku said it was responding
        to 'large-scale provocations' by Armenian units and that 50 of its own troops had died.
        Prime Minister Nikol Pashinyan told parliament that Azerbaijani troops had advanced and now
        held positions on Armenian soil. About 2,750 people, mostly women and children, were
        evacuated from villages in Syunik and Gegharkunik.
        """),
        "E B D",
        "shelling",
    ),
    (
        "Fifteen Armenian soldiers killed, a dozen captured in worst fighting since war",
        w("""
        At least 15 Armenian soldiers were killed and a dozen taken prisoner on Tuesday when
        Azerbaijani forces attacked positions on the eastern edge of Syunik province, Armenia's
        defence ministry said. Azerbaijan said seven of its servicemen died and accused Yerevan of
        a 'large-scale provocation'.
        """),
        "B E",
        "border_clash",
    ),
    (
        "Four Armenian soldiers killed by Azerbaijani fire on border, Yerevan says",
        w("""
        Four Armenian soldiers were killed and one wounded by Azerbaijani fire on a position near
        the village of Nerkin Hand in Syunik province on Tuesday, Armenia's defence ministry said,
        the first deadly incident on the border since Baku took back Nagorno-Karabakh. Azerbaijan's
        border service called it a 'revenge operation' for what it said was Armenian fire the day
        before that wounded one of its soldiers, which Yerevan denied.
        """),
        "B",
        "border_clash",
    ),
    (
        "Thousands queue to cross into Armenia as Karabakh Armenians flee after Azerbaijani offensive",
        w("""
        Cars piled with mattresses and suitcases crawled along the Lachin corridor towards the
        Armenian border on Tuesday, as tens of thousands of ethnic Armenians fled Nagorno-Karabakh
        days after an Azerbaijani military offensive forced the enclave's fighters to lay down
        their arms. Armenia's government said more than 50,000 people had crossed at Kornidzor,
        where volunteers handed out soup, water and baby food. Many said they had slept in their
        cars for two nights. Azerbaijan says residents who stay will be treated as equal citizens,
        but few at the border said they would go back. A blast at a fuel depot near Stepanakert on
        Monday night killed dozens of people queuing for petrol for the journey.
        """),
        "D M H",
        "displacement",
    ),
    (
        "More than 1,000 Afghan soldiers flee into Tajikistan as Taliban sweep north",
        w("""
        More than 1,000 Afghan government troops crossed into Tajikistan overnight after fighting
        with Taliban militants in Badakhshan province, Tajikistan's State Committee for National
        Security said on Monday. The soldiers retreated across the Panj river 'to save their
        lives' and were let in on humanitarian grounds, the committee said.
        """),
        "B D",
        "fleeing_across_border",
    ),
    (
        "Russia says it is fighting 'saboteurs' who crossed from Ukraine into Belgorod region",
        w("""
        Russian forces were fighting a group of armed men who crossed from Ukraine into the
        Belgorod region on Monday, the regional governor said, as residents of several border
        villages were evacuated. Two units of Russian citizens fighting on Ukraine's side, the
        Freedom of Russia Legion and the Russian Volunteer Corps, claimed the incursion and said
        they had 'liberated' the village of Kozinka. Governor Vyacheslav Gladkov said a drone had
        hit the police building in Graivoron and at least eight civilians were wounded. Moscow
        declared a counter-terrorism regime across the region.
        """),
        "B E D",
        "incursion",
    ),
    (
        "Villagers leave Ukraine's Sumy border area as Russian glide bombs hit daily",
        w("""
        Ukrainian authorities ordered the mandatory evacuation of 11 more villages along the
        Russian border in the Sumy region on Wednesday, as glide bombs, artillery and drones
        pounded settlements within a few kilometres of the frontier. Regional officials said two
        people were killed in Khotin overnight.
        """),
        "E D",
        "shelling",
    ),
    (
        "Ukrainian troops push into Russia's Kursk region in biggest cross-border attack of war",
        w("""
        Ukrainian troops backed by armoured vehicles pressed deeper into Russia's Kursk region on
        Thursday, the third day of the largest cross-border attack on Russian soil since the start
        of the full-scale war, according to Russian officials and military bloggers. The acting
        governor said about 76,000 people had been evacuated from border districts, and a state of
        emergency was declared across the region. Russia's chief of general staff said the advance
        had been halted, but fighting was reported around the town of Sudzha. Kyiv has not
        commented officially on the operation. Russian television showed families from the Sudzha
        district arriving at temporary shelters in Kursk city with bags and pets.
        """),
        "M B D",
        "incursion",
    ),
    (
        "Syrian forces and Lebanese clan fighters clash along border; seven dead in Hermel area",
        w("""
        Syria's new security forces and armed men from Lebanese clans fought across the border
        near Qusayr and Hermel for a second day on Monday, after Syria's defence ministry accused
        Hezbollah of killing three of its soldiers who had crossed into Lebanon. Hezbollah denied
        any role. President Joseph Aoun ordered the Lebanese army to respond to the sources of
        fire, and the health ministry said seven people had been killed on the Lebanese side by
        Syrian shelling. Residents of Hawsh al-Sayyed Ali said dozens of families had fled towards
        Hermel.
        """),
        "B E D",
        "border_clash",
    ),
    (
        "Hezbollah and Israel trade fire along border as residents of frontier towns leave",
        w("""
        Hezbollah fighters fired anti-tank missiles at Israeli army positions along the Lebanese
        border on Monday, and Israel answered with artillery and drone strikes on villages in
        southern Lebanon, in the most serious exchange in the area since 2006. The Israeli military
        said it had killed several gunmen who tried to cross the border fence near Kibbutz Adamit.
        Israel ordered residents living within two kilometres of the frontier to leave, and
        thousands of Lebanese families drove north from Marwahin and Dhayra towards Tyre.
        """),
        "E B D",
        "border_clash",
    ),
]
