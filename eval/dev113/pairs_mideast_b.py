"""dev113 contrast pairs 34-41, the Middle East: Saudi Arabia, Iran, Turkey, Lebanon, Libya's
Derna, Yemen, Israel and Gaza.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        34,
        (
            "Houthi attack sets Jeddah oil depot ablaze before Grand Prix",
            "A Houthi missile and drone attack set fire to an Aramco petroleum storage facility "
            "in Jeddah on Friday, sending a plume of black smoke over the city hours before "
            "practice for the Saudi Arabian Grand Prix, the Saudi-led coalition said. The "
            "Houthis said they had also targeted facilities in Riyadh and Jizan. No casualties "
            "were reported, and organisers said the race weekend would go ahead.",
            "E",
            "missile and drone attack",
        ),
        (
            "Riyadh Season opens with record-breaking drone show",
            "Riyadh Season opened on Friday with a show of 2,200 drones forming camels, falcons "
            "and palm trees above Boulevard City, which organisers said set a regional record. "
            "The General Entertainment Authority said more than 100,000 visitors attended the "
            "opening night.",
            "entertainment",
        ),
    ),
    (
        35,
        (
            "Dozens killed as Iranian security forces fire on Zahedan crowd after prayers",
            "Iranian security forces opened fire on protesters after Friday prayers in Zahedan, "
            "the capital of Sistan-Baluchestan province, killing dozens of people, rights groups "
            "said. Amnesty International said at least 66 people, including children, were "
            "killed as forces fired live ammunition from rooftops at a crowd gathered near a "
            "police station. State media said 'armed separatists' had attacked the station and "
            "that members of the Revolutionary Guards had been killed.",
            "U V",
            "crackdown on protest",
        ),
        (
            "Raisi vows 'war on prices' as Tehran shoppers face rising costs",
            "President Ebrahim Raisi told ministers on Sunday that the government would wage a "
            "'war on prices' after the cost of chicken and cooking oil in Tehran's markets "
            "doubled in a month. The government has ordered inspectors into wholesale markets "
            "and promised electronic coupons for basic goods to low-income families. Economists "
            "said subsidised imports would do little while the rial kept falling. Bread prices, "
            "which are set by the state, were left unchanged.",
            "economy",
        ),
    ),
    (
        36,
        (
            "Tanks on Bosphorus bridge as faction of Turkish army attempts coup",
            "Soldiers blocked the bridges over the Bosphorus in Istanbul with tanks on Friday "
            "night, and jets and helicopters flew low over Ankara, as a faction of the Turkish "
            "military tried to seize power. Explosions and gunfire were heard near parliament, "
            "which was bombed from the air, and soldiers opened fire on crowds who answered "
            "President Recep Tayyip Erdogan's call to take to the streets. The government said "
            "loyal forces were regaining control; by morning at least 90 people had been killed.",
            "B E",
            "coup attempt",
        ),
        (
            "Tanks and jets parade through Ankara for Republic's centenary",
            "Tanks, rocket launchers and the new Hürjet trainer jet passed through Ankara on "
            "Sunday in a parade marking the centenary of the Turkish Republic, watched by "
            "President Recep Tayyip Erdogan. Warships also sailed in formation along the "
            "Bosphorus in Istanbul, where a light show and fireworks were held in the evening. "
            "Erdogan had laid a wreath at Anitkabir, the mausoleum of the republic's founder, in "
            "the morning. Thousands of people lined the streets waving flags. In the afternoon "
            "the Turkish Stars display team flew over the capital.",
            "military",
        ),
    ),
    (
        37,
        (
            "Attack on Turkish Aerospace headquarters near Ankara kills five",
            "Attackers armed with rifles and explosives stormed the headquarters of Turkish "
            "Aerospace Industries at Kahramankazan, near Ankara, on Wednesday, killing five "
            "people and wounding 22, the interior minister said. Both attackers, a man and a "
            "woman, were killed, and officials blamed the PKK. Interior Minister Ali Yerlikaya "
            "called it a 'terrorist attack', and Turkish jets struck PKK targets in Iraq and "
            "Syria that night.",
            "T M E",
            "terrorist attack",
        ),
        (
            "Turkey's KAAN fighter completes maiden flight near Ankara",
            "Turkey's first domestically developed fighter jet, the KAAN, completed its maiden "
            "flight on Wednesday, taking off from the Turkish Aerospace Industries base at "
            "Kahramankazan near Ankara and flying for 13 minutes. Defence industry officials "
            "said the prototype reached an altitude of 8,000 feet.",
            "military",
        ),
    ),
    (
        38,
        (
            "Six killed as gunfire erupts at Beirut march over port blast judge",
            "Gunmen opened fire on supporters of Hezbollah and Amal who were marching to the "
            "Justice Palace in Beirut on Thursday to demand the removal of the judge "
            "investigating last year's port explosion, killing six people, the army said. The "
            "shooting near the Tayouneh roundabout set off hours of fighting with rifles and "
            "rocket-propelled grenades along the old civil war front line. Schools were "
            "evacuated and residents hid in corridors. The army deployed troops across the area "
            "and said it would open fire on any armed person in the streets.",
            "B U E M",
            "armed clashes",
        ),
        (
            "Beirut Marathon returns, passing Tayouneh on way to Martyrs' Square",
            "More than 20,000 runners took part in the Beirut Marathon on Sunday, the first full "
            "edition of the race in three years, with the route passing the Tayouneh roundabout "
            "and the old Damascus Road before finishing at Martyrs' Square. Organisers said the "
            "race was a message of resilience after years of economic crisis. A Kenyan runner "
            "won the men's race in just over two hours and 14 minutes.",
            "sport",
        ),
    ),
    (
        39,
        (
            "Haftar's forces push into Derna as residents run short of food and medicine",
            "Forces loyal to eastern Libyan commander Khalifa Haftar pushed into the centre of "
            "Derna on Monday after weeks of air strikes and shelling, fighting an alliance of "
            "Islamist militias street by street, residents said. The UN said civilians in the "
            "besieged city had run short of food, water and medicines, and that the only "
            "hospital was struggling to treat the wounded. Some families have fled to the "
            "eastern districts, where the fighting is lighter.",
            "B M E H",
            "siege and assault",
        ),
        (
            "Derna counts its dead after dams burst",
            "Rescue teams in Derna pulled more bodies from the sea and from flattened buildings "
            "on Wednesday, three days after two dams above the city burst during Storm Daniel, "
            "sending a wall of water through its centre. The Red Crescent said the death toll "
            "had passed 5,000 and that at least 10,000 people were missing. Tens of thousands "
            "have been left homeless, and the eastern authorities have sealed off parts of the "
            "city. Aid is arriving by road from Benghazi, and Egypt and Turkey have sent rescue "
            "teams.",
            "disaster",
        ),
    ),
    (
        40,
        (
            "Yemen truce begins after night of fighting around Marib",
            "A two-month truce brokered by the United Nations took effect across Yemen on "
            "Saturday evening, hours after fierce fighting between Houthi fighters and "
            "government forces around Marib killed at least 18 combatants on both sides, "
            "military sources said. The Saudi-led coalition said it would halt all military "
            "operations, and the Houthis said they would respect the truce if the other side "
            "did. The truce also allows fuel ships into Hodeidah and commercial flights from "
            "Sanaa. UN envoy Hans Grundberg called it 'a first step'.",
            "B",
            "fighting before truce",
        ),
        (
            "Child killed as shells hit Taiz neighbourhood despite truce",
            "A child was killed and another wounded when shells fired by Houthi forces landed in "
            "a residential street in Taiz on Saturday, in one of the deadliest violations of the "
            "UN truce, local authorities said. The children were playing outside their home in "
            "the Zaid al-Mushki neighbourhood, a relative said. The UN envoy's office said it "
            "was concerned by the violations and called on both sides to respect the truce. Taiz "
            "has been partly encircled by Houthi forces since 2015.",
            "E V",
            "shelling",
        ),
    ),
    (
        41,
        (
            "Hamas gunmen take dozens of hostages in southern Israel",
            "Hamas gunmen who crossed from Gaza into southern Israel on Saturday took dozens of "
            "soldiers and civilians hostage, including women, children and elderly people, "
            "Israeli officials said, calling the assault the worst terrorist attack in the "
            "country's history. Residents of Kibbutz Be'eri and Kfar Aza told Israeli television "
            "they had been hiding in safe rooms for hours as gunmen went from house to house. "
            "Videos posted by the group showed captives being driven into Gaza on motorcycles "
            "and pickup trucks.",
            "V T",
            "hostage-taking",
        ),
        (
            "Israel and Hamas agree deal to free hostages and prisoners",
            "Israel and Hamas have agreed a deal under which 33 hostages held in Gaza will be "
            "freed in a first phase in exchange for hundreds of Palestinian prisoners, the "
            "mediators Qatar and Egypt said on Wednesday. The ceasefire that comes with the "
            "agreement is due to take effect on Sunday.",
            "peace",
        ),
    ),
]
