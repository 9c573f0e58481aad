"""dev436 negatives: train and road crashes, a chemical leak, building collapses, a capsized yacht,
flash floods, storms and snow. (title, text, kind code); the text is written wrapped and joined
with single spaces."""

_RAW = [
    (
        "Two trains collide near Tahta in Sohag, killing 18 and injuring dozens",
        """At least 18 people were killed and 185 injured on Friday when two passenger trains collided near
        the town of Tahta in the Upper Egypt province of Sohag, the health ministry said. The Egyptian
        National Railways said unknown persons had activated the emergency brakes of one train, which
        was then hit from behind by a second train travelling on the same track. Carriages were
        overturned and crushed, and local residents climbed onto the wreckage to help pull out the
        injured before more than 50 ambulances reached the scene. "The sound was like a bomb, and then
        everyone was screaming," a passenger told a local television channel from his hospital bed.
        President Abdel-Fattah El-Sisi promised that those responsible would be punished, and the
        public prosecutor ordered the arrest of the drivers and a signals operator. The transport
        minister, a former army general, said a programme to modernise the signalling system on the
        line was under way and would be finished by the end of next year. Egypt's railways have suffered several deadly accidents in the past decade, blamed on old
        equipment and poor maintenance. In 2019 a runaway locomotive crashed into a buffer at Cairo's
        Ramses Station and caught fire, killing more than 20 people. Relatives crowded outside the
        Tahta and Sohag hospitals on Friday evening, searching lists of names pinned to the walls. The
        health ministry said blood banks in the province had received hundreds of donors within hours.
        Train services between Cairo and Aswan were suspended until the line was cleared early on
        Saturday.""",
        "accident",
    ),
    (
        "Toxic chlorine cloud at Aqaba port kills 13 and injures over 250",
        """Thirteen people were killed and more than 250 taken to hospital on Monday after a tank filled
        with chlorine gas fell from a crane and ruptured while being loaded onto a ship at Aqaba port,
        the Public Security Directorate said. Video broadcast on state television showed a yellow cloud
        rising from the dock and workers running as the gas spread across the port. The authorities
        told residents of nearby areas to stay indoors and close their windows, and the southern beach
        was evacuated. Hospitals in Aqaba declared a state of emergency, and a field hospital was set up
        near the port to treat those with breathing difficulties. Prime Minister Bisher Al-Khasawneh
        went to the city and ordered an investigation, which will be led by the interior minister. Most
        of the dead were port workers, among them foreign nationals, officials said. "We could not
        breathe; people were falling one after the other," a truck driver told Roya News. By the
        evening civil defence teams said the leak had been contained and the air in residential areas
        was safe.""",
        "accident",
    ),
    (
        "Rescuers search rubble of collapsed building in Amman's Weibdeh",
        """Civil defence teams worked through the night to pull survivors from the rubble of a four-storey
        residential building that collapsed in the Jabal Al-Weibdeh area of Amman on Tuesday evening,
        killing at least five people, officials said. Rescuers using sniffer dogs and listening devices
        had pulled 10 people out alive by Wednesday morning, including a baby girl found after more
        than 30 hours, the Public Security Directorate said. Residents said the building, more than 50
        years old, had been undergoing renovation work on its ground floor and that cracks had appeared
        in its walls in recent weeks. "We heard a crack like thunder and then dust covered the whole
        street," said a neighbour who helped in the search. Interior Minister Mazen Al-Faraya said the
        owner and the contractor had been detained pending investigation. The Greater Amman
        Municipality said it would inspect old buildings in the area and evacuate any found to be
        unsafe. Crowds gathered behind police tape as bulldozers cleared concrete slabs.""",
        "accident",
    ),
    (
        "Microbus plunges into Ibrahimiya canal in Minya, drowning 11 farm workers",
        """Eleven people, most of them women who worked as daily labourers on farms, drowned on Saturday
        morning when the microbus carrying them plunged into the Ibrahimiya canal in Minya's Samalut
        district, the provincial health directorate said. The driver lost control of the vehicle on a
        narrow road running alongside the canal while trying to overtake a tractor, witnesses said.
        Divers from the civil protection authority recovered the bodies after several hours, and five
        other passengers were pulled from the water alive by local residents. The victims were on their
        way to harvest grapes on a farm in the desert hinterland, earning around 150 pounds a day,
        relatives said. "My sister went out at five in the morning to bring bread for her children,"
        said a man waiting outside the Samalut hospital morgue. The governor ordered compensation of
        100,000 pounds for each family and a review of safety barriers along canal roads. Road
        accidents kill several thousand people in Egypt every year, according to official statistics.""",
        "accident",
    ),
    (
        "Four missing after tourist yacht capsizes in rough seas off Marsa Alam",
        """Rescuers were searching on Tuesday for four people still missing after a tourist yacht capsized
        in high waves in the Red Sea south of Marsa Alam, the Red Sea governorate said. Twenty-eight
        people, among them tourists from Britain, Germany and Belgium, were rescued by navy vessels and
        a helicopter, and some had spent hours in the water clinging to the boat's hull. The yacht, the
        Sea Story, was carrying 31 tourists and 13 crew on a five-day diving trip when it was hit by a
        large wave and overturned within minutes, survivors said. The governor said the vessel had
        been fully licensed and inspected in March, and that the meteorological authority had warned
        of waves of up to four metres that day. Investigators will examine whether the boat should have
        left port. Diving tour operators in Hurghada said the accident would hurt bookings at a
        difficult time for the sector. The rescued tourists were taken to hospitals in Marsa Alam and
        later to their hotels.""",
        "accident",
    ),
    (
        "Flash flood sweeps school bus near Dead Sea, killing 21",
        """At least 21 people, most of them children, were killed on Thursday when a flash flood swept away
        a bus carrying pupils and teachers on a school trip near the Dead Sea, the government said.
        Dozens of children were rescued, some by helicopter, after torrents of water rushed down the
        Zarqa Ma'in valley, where the group had stopped near a hot spring. Army units, civil defence
        divers and Israeli military helicopters, which Jordan requested, joined the search into the
        night. "They were laughing on the bus ten minutes before," a teacher who survived told
        reporters at the hospital in Shouneh. The school, a private school in Amman, had changed the
        trip's destination without permission from the education ministry, officials said, and
        Education Minister Azmi Mahafzah and Tourism Minister Lina Annab later resigned. King Abdullah
        cancelled a trip abroad and declared national mourning. Rain had been forecast, but few people
        expected a flood of such force in a desert valley.""",
        "disaster",
    ),
    (
        "Hundreds stung by scorpions in Aswan after storm floods homes",
        """More than 500 people were stung by scorpions in Aswan after a rare storm with heavy rain,
        hail and strong winds drove the creatures out of their burrows and into houses, the health
        ministry said on Saturday. The stings caused no deaths, the ministry said, denying reports on
        social media that three people had died, and all those hospitalised had been treated with
        antivenom and released. The storm flooded streets and homes in several villages on the west
        bank of the Nile, damaged roofs of mud-brick houses and knocked down electricity poles,
        leaving parts of the province without power. "Scorpions were on the walls, on the beds, in the
        kitchen," said a mother of four from Kom Ombo. The governorate said it had
        provided 3,000 extra doses of antivenom to hospitals and asked residents to stay at home.
        Teams from the army and the local council pumped water out of flooded roads. Meteorologists
        said the region could see more unstable weather in the coming days.""",
        "disaster",
    ),
    (
        "Army deployed to open roads as snowstorm cuts off villages in the south",
        """The armed forces deployed snowploughs and rescue teams on Thursday to reopen roads cut by heavy
        snow in the governorates of Tafileh, Karak and Ma'an, where several villages had been isolated
        for two days, the government said. The snowstorm, which the meteorological department
        described as the strongest in years, left more than 40 centimetres of snow on higher ground
        and caused widespread power cuts. Civil defence teams rescued hundreds of motorists stranded
        on the Desert Highway overnight, and several elderly people with chronic illnesses were taken
        to hospital by military vehicles, a spokesman said. Schools and government offices were closed
        across the kingdom, and the Prime Minister told people to stay at home unless absolutely
        necessary. "This is a battle against the weather and our teams have not slept," the head of
        the civil defence directorate told Roya News. Bakeries in Amman reported long queues as
        residents stocked up. Temperatures are expected to rise over the weekend.""",
        "disaster",
    ),
    (
        "Flash floods in Ras Gharib kill 22 and wash away homes on the Red Sea coast",
        """Flash floods triggered by torrential rain in the Red Sea town of Ras Gharib killed at least 22
        people and injured dozens on Friday, as torrents from the mountains swept through streets and
        destroyed homes and cars, officials said. The army sent helicopters and amphibious vehicles to
        rescue people trapped on rooftops, and the prime minister flew to the town to inspect the
        damage. Around 200 families whose homes were damaged or destroyed were moved to schools and
        youth centres, the Red Sea governor said. "The water came down the valley like a river and
        took everything," a resident said in a video posted on social media. The floods also hit
        villages in Sohag and Qena in Upper Egypt, where several houses collapsed. Parliament members
        criticised the lack of drainage systems and early warning in the town, which lies at the mouth
        of several desert valleys. The government said it would pay compensation and build barriers
        to protect the town from future floods.""",
        "disaster",
    ),
]

NEGATIVES = [(title, " ".join(text.split()), kind) for title, text, kind in _RAW]
