"""Positives of eval/dev61: India, Nepal, Sri Lanka and Bangladesh (README.md)."""

POSITIVES = [
    (
        "Three terrorists neutralised in Kupwara encounter, jawan attains martyrdom",
        (
            "Three terrorists were neutralised and an Army jawan attained martyrdom in an "
            "encounter in the Machil sector of Kupwara district on Tuesday, officials said. The "
            "gunfight broke out after troops and the J&K Police launched a cordon and search "
            "operation on specific input about a group of infiltrators. Two AK-47 rifles, pistols "
            "and grenades were recovered from the site. The operation was continuing in the dense "
            "forest area till late evening."
        ),
        "B M",
        "encounter",
    ),
    (
        "31 Maoists killed in Bijapur encounter; two DRG jawans lose lives",
        (
            "At least 31 Maoists were killed in a day-long encounter with security forces in the "
            "forests of the Indravati National Park area of Bijapur district on Sunday, police "
            "said. Two jawans of the District Reserve Guard were killed and two others injured. A "
            "joint team of the DRG, STF and CoBRA had set out on an anti-Naxal operation on "
            "Saturday on inputs about the presence of senior cadres of the CPI (Maoist). The "
            "Inspector General of Bastar range said the bodies and a large cache of automatic "
            "weapons, including INSAS and SLR rifles, had been recovered. Search operations were "
            "still on in the area, and reinforcements had been sent from Bijapur and Dantewada."
        ),
        "B M",
        "encounter",
    ),
    (
        "Terrorists open fire on tourists at Baisaran meadow; 26 killed",
        (
            "Terrorists opened fire on tourists at the Baisaran meadow near Pahalgam on Tuesday "
            "afternoon, killing 26 people, most of them visitors from other States, and injuring "
            "more than a dozen. Survivors told reporters that the attackers singled out men and "
            "asked their names before shooting. The meadow, reachable only on foot or by pony, "
            "was cordoned off as security forces launched a massive search operation in the "
            "surrounding forests. The Chief Minister said the attack was far larger than anything "
            "directed at civilians in recent years."
        ),
        "T V",
        "terrorist attack",
    ),
    (
        "Poonch: 12 civilians killed as Pakistani troops shell border villages",
        (
            "At least 12 civilians were killed and dozens injured in Poonch district on Wednesday "
            "as Pakistani troops resorted to heavy artillery shelling along the Line of Control, "
            "officials said. The shelling came hours after the Indian armed forces struck nine "
            "sites in Pakistan and Pakistan-occupied Kashmir that the government described as "
            "terror infrastructure. Residents of border villages in Poonch and Rajouri spent the "
            "night in community bunkers, and many families moved to relatives in Jammu. Schools "
            "in the border belt were ordered shut."
        ),
        "E M D",
        "shelling",
    ),
    (
        "Manipur: houses torched, gunfight on Bishnupur-Churachandpur border",
        (
            "Armed miscreants torched at least 15 houses in a village on the "
            "Bishnupur-Churachandpur border on Thursday night, and an exchange of fire with "
            "security forces continued till dawn, police said. Two persons were killed and "
            "several injured. Around 200 residents fled to a relief camp at Moirang. Curfew "
            "relaxation hours were cut in both districts and mobile internet remained suspended."
        ),
        "V B D",
        "ethnic violence",
    ),
    (
        "Northeast Delhi violence: toll rises to 20 as mobs run riot",
        (
            "The death toll in the communal violence in northeast Delhi rose to 20 on Tuesday as "
            "mobs armed with sticks, stones and firearms set fire to shops and houses in "
            "Jaffrabad, Maujpur, Bhajanpura and Chand Bagh. A head constable was among those "
            "killed. Police fired tear gas shells and prohibitory orders were clamped in the "
            "affected areas. GTB Hospital reported more than 150 injured, many with gunshot "
            "wounds."
        ),
        "U V",
        "communal riot",
    ),
    (
        "11 killed as protesters clash with forces across south Kashmir",
        (
            "At least 11 people were killed and over 200 injured as protesters clashed with "
            "security forces in several districts of south Kashmir on Saturday, a day after the "
            "killing of a Hizbul Mujahideen commander in an encounter. Mobs pelted stones at "
            "police stations and set a police post on fire in Anantnag, officials said. The "
            "forces used pellet guns and tear gas. Curfew was imposed in parts of the Valley and "
            "the Amarnath Yatra was suspended for the day."
        ),
        "U",
        "stone pelting",
    ),
    (
        "Gen Z protest turns deadly in Kathmandu as police open fire",
        (
            "Nineteen people were killed and more than 300 injured in Kathmandu and Itahari on "
            "Monday as police opened fire on protesters who broke through barricades near the "
            "Federal Parliament building in New Baneshwor. The demonstrators, mostly students in "
            "school and college uniforms, had gathered against the ban on social media platforms "
            "and against corruption. The local administration imposed a curfew around the "
            "parliament and the army was deployed. The Home Minister resigned in the evening."
        ),
        "U",
        "crackdown",
    ),
    (
        "Serial blasts at churches and hotels on Easter Sunday",
        (
            "A series of bomb blasts ripped through three churches and three luxury hotels in "
            "Colombo, Negombo and Batticaloa as Easter Sunday services were under way, killing "
            "more than 200 people, police said. Hundreds were injured. The government imposed a "
            "curfew and blocked social media. Officials said suicide bombers were responsible and "
            "that several suspects had been arrested in raids in Dematagoda."
        ),
        "E T V",
        "suicide bombing",
    ),
    (
        "Violence erupts after attack on Galle Face protesters; ruling party MP killed",
        (
            "Government supporters attacked peaceful protesters at the Galle Face Green and "
            "outside Temple Trees on Monday, setting off violence across the island in which at "
            "least seven people, including a ruling party MP, were killed, police said. Angry "
            "mobs set fire to the houses of several ministers and MPs in the evening. An "
            "island-wide curfew was declared and the tri-forces were given powers to arrest "
            "without warrant. More than 200 people were treated at the Colombo National Hospital."
        ),
        "U V",
        "mob violence",
    ),
    (
        "Quota protest: clashes spread, death toll crosses 100",
        (
            "Clashes between quota reform protesters and law enforcers spread to more districts "
            "on Friday, taking the death toll to more than 100 since Tuesday, according to "
            "hospital sources. Police and BGB fired tear gas, rubber bullets and live rounds as "
            "protesters blocked roads; the BTV building and several police boxes were set on "
            "fire. The government imposed a curfew from midnight and deployed the army. Mobile "
            "internet remained shut across the country. Many of the dead were students and "
            "passers-by hit by bullets in Jatrabari, Mohammadpur and Uttara, according to "
            "hospital records seen by this newspaper. Dhaka Medical College Hospital said its "
            "emergency department had run out of beds for the injured."
        ),
        "U",
        "crackdown",
    ),
    (
        "Petrol bomb attack on night coach kills seven in Comilla",
        (
            "Seven passengers were burnt to death and 16 others injured when miscreants hurled "
            "petrol bombs at a night coach on the Dhaka-Chittagong highway at Chauddagram in "
            "Comilla early on Tuesday, amid the non-stop blockade enforced by the BNP-led "
            "alliance. The bus caught fire immediately and passengers could not get out, police "
            "said. The injured were taken to the burn unit of Dhaka Medical College Hospital."
        ),
        "V U",
        "arson attack",
    ),
    (
        "Section 144 in Khagrachhari, Rangamati after clashes; four killed",
        (
            "Four people were killed and dozens injured in clashes between Paharis and Bangalis "
            "in Khagrachhari and Rangamati over Thursday and Friday, according to the ISPR and "
            "the local administration. Shops, houses and a Buddhist monastery were set on fire in "
            "Rangamati town. The administration imposed Section 144 in both district towns and "
            "army patrols were stepped up."
        ),
        "U V",
        "communal clash",
    ),
    (
        "Tikapur: eight including SSP killed as agitators attack police",
        (
            "Eight people, including a senior superintendent of police and a toddler, were killed "
            "when agitators demanding a separate Tharuhat province attacked police personnel with "
            "spears and sharp weapons in Tikapur of Kailali district on Monday. The government "
            "imposed an indefinite curfew in the town and mobilised the Nepal Army. Several "
            "houses and shops were set ablaze later in the evening."
        ),
        "U V",
        "riot",
    ),
    (
        "Curfew in Kandy as mobs attack Muslim-owned shops and a mosque",
        (
            "Police imposed a curfew in the Kandy district and the government declared a state of "
            "emergency on Tuesday after mobs attacked and burnt shops, houses and a mosque in "
            "Digana and Teldeniya. The body of a young man was found in a burnt building. Special "
            "Task Force personnel were deployed and social media platforms were blocked. Police "
            "said 24 suspects had been arrested."
        ),
        "U V",
        "communal riot",
    ),
    (
        "Jiribam: 10 militants killed after attack on police station, CRPF camp",
        (
            "Ten suspected militants were killed in a gunfight with the CRPF in Jiribam district "
            "on Monday after they attacked the Borobekra police station and a nearby CRPF camp, "
            "police said. The attackers, in camouflage uniforms and carrying sophisticated "
            "weapons, also set fire to several shops and houses. A CRPF jawan was injured, and "
            "two civilians were missing."
        ),
        "B",
        "armed attack",
    ),
    (
        "Eight jawans, driver killed as Maoists blow up vehicle in Bijapur",
        (
            "Eight jawans of the District Reserve Guard and their civilian driver were killed "
            "when Maoists triggered an IED under their vehicle in the Kutru area of Bijapur "
            "district on Monday, police said. The jawans were returning from a joint anti-Naxal "
            "operation in Abujhmarh."
        ),
        "E",
        "IED attack",
    ),
    (
        "BSF jawan, four civilians killed in Pakistani shelling along IB",
        (
            "A BSF jawan and four civilians were killed and dozens injured as Pakistan Rangers "
            "resorted to heavy mortar shelling and small-arms fire along the International Border "
            "in the Arnia and RS Pura sectors on Wednesday night, officials said. The BSF "
            "retaliated strongly. Thousands of residents of border villages have moved to safer "
            "places, and the administration has opened relief camps in schools and community "
            "halls."
        ),
        "E B D",
        "ceasefire violation",
    ),
    (
        "Gunmen take hostages at Gulshan cafe; two police officers killed",
        (
            "Heavily armed gunmen stormed a restaurant in Dhaka's Gulshan diplomatic zone on "
            "Friday night and took dozens of people hostage, police said. Two police officers "
            "were killed in an exchange of fire as law enforcers tried to enter the building. The "
            "militant group Islamic State claimed responsibility through its news agency. "
            "Commandos were preparing a rescue operation early on Saturday."
        ),
        "T V B",
        "hostage siege",
    ),
    (
        "17 jawans killed as terrorists storm Army brigade headquarters in Uri",
        (
            "Seventeen soldiers were killed and 19 injured when heavily armed terrorists stormed "
            "an Army brigade headquarters in Uri in the early hours of Sunday, the Army said. All "
            "four attackers were killed in a six-hour gunfight. Several tents in the "
            "administrative base caught fire during the attack. The Director General of Military "
            "Operations said the terrorists carried items with Pakistani markings."
        ),
        "T B",
        "terrorist attack",
    ),
    (
        "Terrorists shoot dead woman teacher in Kulgam school",
        (
            "A woman teacher from Samba district was shot dead by terrorists at a government "
            "school in Kulgam's Gopalpora on Tuesday, police said. Employees from the minority "
            "community staged protests in Srinagar demanding relocation."
        ),
        "T V",
        "targeted killing",
    ),
    (
        "Naxals torch vehicles at road construction site in Latehar",
        (
            "Suspected Maoists torched nine vehicles and machines of a road construction company "
            "at Chhipadohar in Latehar district late on Saturday night and beat up workers, "
            "police said. Leaflets of the CPI (Maoist) left at the site warned contractors "
            "against working without the outfit's permission. A combing operation was launched in "
            "the surrounding forests with CRPF and Jharkhand Jaguar teams."
        ),
        "V M",
        "arson attack",
    ),
]
