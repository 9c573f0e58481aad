"""dev163 positives (1 of 3): statements that report current organised violence or its
direct consequences: OCHA, UNHCR, WFP, ICRC, MSF, Amnesty, HRW, the UN Secretary-General, a
foreign ministry, ISPR and the IDF (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Sudan: Flash Update #4 – Fighting in El Fasher and attacks on Abu Shouk camp "
        "(14 April 2025)",
        "KEY HIGHLIGHTS: Heavy fighting between the Sudanese Armed Forces and the "
        "Rapid Support Forces continued in and around El Fasher, North Darfur, for a "
        "fifth consecutive day on 14 April. Partners report that Abu Shouk camp for "
        "internally displaced people was shelled repeatedly and that armed men entered "
        "the camp's northern blocks, killing civilians and setting shelters on fire. "
        "According to local sources, at least 62 people were killed in the camp, "
        "including nine children and three volunteers from a community kitchen; the "
        "figure could not be independently verified. The Displacement Tracking Matrix "
        "of the International Organization for Migration estimates that some 16,500 "
        "households have fled Abu Shouk since 11 April, most of them towards Tawila, "
        "about 60 kilometres to the west. Humanitarian partners in Tawila describe "
        "families arriving on foot and by donkey cart with almost nothing, many of "
        "them women and children who walked for two days. Water, shelter and health "
        "services in Tawila, already hosting more than 400,000 displaced people, are "
        "stretched well beyond capacity. Partners report acute shortages of drinking "
        "water, with some families queuing for more than six hours at the few "
        "functioning water points. Two health facilities supported by international "
        "NGOs in Tawila have received more than 300 people with gunshot and shrapnel "
        "wounds since 11 April, and surgical supplies are expected to run out within "
        "days. Reports of sexual violence against women and girls fleeing along the "
        "Tawila road are also increasing. Fuel shortages have forced the suspension of "
        "water trucking to El Fasher town, where hundreds of thousands of people "
        "remain. The Humanitarian Coordinator calls on all parties to stop attacks on "
        "civilians and civilian objects, to allow safe passage for those who wish to "
        "leave, and to facilitate rapid and unimpeded humanitarian access. OCHA will "
        "issue further updates as information becomes available.",
        "B V D H",
        "attack on displacement camp",
    ),
    (
        "UNHCR and partners seek US$1.6 billion for Sudanese refugees in Chad and six "
        "other countries",
        "GENEVA – UNHCR, the UN Refugee Agency, together with 96 humanitarian and "
        "development partners, today launched the 2026 Regional Refugee Response Plan "
        "for the Sudan situation, seeking US$1.6 billion to support close to 5 million "
        "people in seven countries. Nearly three years into the war in Sudan, people "
        "continue to cross into Chad, South Sudan, Egypt, Libya, Uganda, the Central "
        "African Republic and Ethiopia every day, fleeing attacks on their towns and "
        "villages in Darfur and Kordofan. In eastern Chad alone, more than 20,000 new "
        "arrivals were registered in January, many of them women and children who "
        'reported killings, looting and sexual violence along the way. "Behind every '
        'number is a family that has lost everything," said the High Commissioner for '
        'Refugees. "They arrive exhausted, often wounded, and they find host '
        'communities that have already given all they can." The plan prioritises '
        "life-saving assistance at border entry points, relocation from overcrowded "
        "transit sites, clean water and sanitation to prevent cholera, and targeted "
        "support for survivors of gender-based violence. It also aims to mobilise "
        "resources for schools, health centres and livelihoods in host areas, which "
        "are among the poorest in the region. Last year's plan was only 30 per cent "
        "funded, forcing agencies to cut food rations and halt the construction of "
        "shelters before the rainy season. UNHCR urges donors to step up their support "
        "early in the year so that relocations can be completed before the roads "
        "become impassable.",
        "D H",
        "refugee appeal",
    ),
    (
        "WFP trucks cross from Chad to reach hunger-stricken families in North Darfur",
        "NAIROBI/PORT SUDAN – A World Food Programme convoy of 15 trucks carrying 600 "
        "metric tons of sorghum, pulses, vegetable oil and specialised nutrition "
        "products arrived in Kutum, North Darfur, on Sunday after crossing from Chad "
        "through the Tine border point. It is the first WFP assistance to reach the "
        "locality since fighting cut the main supply roads in May. The food will feed "
        "about 45,000 people for a month, among them families who fled the fighting in "
        "El Fasher and are now sheltering in schools and open-air gathering sites. "
        '"Our teams negotiated this route for weeks, checkpoint by checkpoint," said '
        "WFP's Country Director for Sudan. Famine conditions have been confirmed in "
        "several areas of North Darfur, and nutrition screenings in Kutum found that "
        "one in three children under five was acutely malnourished. WFP warns that a "
        "single convoy is a drop in the ocean and that sustained access across "
        "conflict lines and borders is needed to prevent mass starvation. The agency "
        "calls on all parties to the conflict to guarantee the safety of humanitarian "
        "staff and supplies. WFP urgently requires US$350 million to continue its "
        "operations in Sudan over the next six months.",
        "H D",
        "aid convoy",
    ),
    (
        "Ukraine: ICRC repairs water station and delivers winter aid to front-line "
        "communities in Kherson region",
        "KYIV/KHERSON, 16 November 2023 – Teams of the International Committee of the "
        "Red Cross delivered construction materials, heaters and hygiene kits this "
        "week to residents of villages along the Dnipro River in Kherson region, where "
        "daily shelling continues to damage homes and cut water and electricity. In "
        "Bilozerka and nearby settlements, ICRC engineers worked with the local water "
        "utility to repair a pumping station hit by shelling in late October, "
        'restoring running water to around 8,000 people. "People here live with the '
        "sound of explosions every day, and many of them are elderly people who cannot "
        "or will not leave,\" said the head of the ICRC's sub-delegation in Mykolaiv. "
        "Since the start of the month, ICRC teams have distributed more than 2,300 "
        "winter kits and 1,100 tarpaulins to cover broken windows and roofs. The ICRC "
        "also donated medicines and dressing materials to the district hospital, which "
        "has treated more than 40 wounded civilians in the past two weeks. As a "
        "neutral and impartial humanitarian organization, the ICRC reminds all parties "
        "that civilians and civilian infrastructure, including water and power "
        "facilities, must be protected at all times. Access to the communities closest "
        "to the river remains extremely limited because of the hostilities.",
        "H E",
        "aid delivery in war zone",
    ),
    (
        "Syria: MSF-supported hospital in southern Idlib forced to close after shelling",
        "A hospital supported by Médecins Sans Frontières (MSF) in southern Idlib "
        "governorate, northwest Syria, was hit by shelling on the night of 6 May 2019, "
        "forcing it to stop all services. Two patients and a nurse were killed and at "
        "least seven people were injured, among them the driver of an MSF-supported "
        "ambulance. The facility was the last functioning hospital in the area and had "
        'performed more than 350 surgical interventions in April alone. "This is the '
        "third health facility we support that has been hit in ten days,\" said MSF's "
        'head of mission for Syria. "Hospitals are not a target, and yet again '
        'patients have been killed in their beds." Staff evacuated the remaining '
        "patients to facilities further north, which are already overwhelmed by the "
        "number of wounded arriving from the front line. Tens of thousands of people "
        "have fled southern Idlib over the past week as the bombardment intensifies, "
        "and many are sleeping under olive trees or in open fields near the Turkish "
        "border. MSF calls on all parties to the conflict to respect the protection of "
        "medical facilities, patients and health workers, and to stop indiscriminate "
        "attacks on civilian areas.",
        "E V H D",
        "attack on hospital",
    ),
    (
        "Kenya: Police must stop using lethal force against protesters after deadly "
        "day of Finance Bill demonstrations",
        "Responding to the killing of at least 17 people during protests against the "
        "Finance Bill across Kenya on Tuesday, the Executive Director of Amnesty "
        "International Kenya said: \"We are appalled by the police's use of live "
        "ammunition against largely peaceful protesters in Nairobi, Nakuru and "
        'Kisumu." Amnesty International and partner organisations documented police '
        "firing tear gas and live rounds into crowds outside Parliament and in the "
        "city centre, as well as at least 21 abductions of protesters by officers in "
        "plain clothes since the demonstrations began. Some protesters broke into the "
        "Parliament compound and set part of a building on fire before being pushed "
        "back. Hospitals in Nairobi told Amnesty International that they had received "
        'more than 200 injured people, many of them with gunshot wounds. "Nothing '
        'justifies shooting unarmed young people in the back as they run away," the '
        "Executive Director added. The Kenyan authorities must immediately order the "
        "police to stop the unlawful use of force, release those detained for "
        "exercising their right to peaceful assembly, and account for everyone who has "
        "disappeared. Amnesty International calls for a prompt, independent and "
        "effective investigation into every death, and for officers found responsible "
        "to be brought to justice.",
        "U",
        "crackdown",
    ),
    (
        "Burkina Faso: Soldiers Execute Dozens of Villagers in Nord Region",
        "(Nairobi, May 2, 2024) – Burkina Faso soldiers summarily executed at least 94 "
        "civilians, including 26 children, in two villages in the country's Nord "
        "region in early April, Human Rights Watch said today. The killings appear to "
        "be part of a widespread military campaign against civilians accused of "
        "collaborating with Islamist armed groups. Witnesses said that soldiers "
        "arrived in the village of Kouri-Peulh in armoured vehicles and on motorcycles "
        "a few days after fighters of an Islamist armed group had been seen in the "
        "area. The soldiers rounded up residents, including elderly people and women "
        'carrying babies, and shot them at close range, they said. "I counted the '
        "bodies of my two brothers, my wife and my three-year-old son among the "
        'dead," said a 48-year-old farmer who hid in a granary. Human Rights Watch '
        "interviewed 19 witnesses and survivors by telephone and analyzed satellite "
        "imagery showing fresh burial sites near both villages. The massacres, which "
        "forced hundreds of families to flee toward the town of Ouahigouya, are among "
        "the worst army abuses in Burkina Faso since 2015. The transitional government "
        "should promptly and impartially investigate the killings and suspend the "
        "officers implicated, Human Rights Watch said. Burkina Faso's international "
        "partners should press the authorities to allow independent investigators into "
        "the area.",
        "V D",
        "massacre",
    ),
    (
        "Statement attributable to the Spokesperson for the Secretary-General on the "
        "attack against peacekeepers in the Central African Republic",
        "The Secretary-General strongly condemns the attack perpetrated yesterday "
        "against a patrol of the United Nations Multidimensional Integrated "
        "Stabilization Mission in the Central African Republic (MINUSCA) near Sam "
        "Ouandja, in Haute-Kotto prefecture. One peacekeeper from Zambia was killed "
        "and two others were injured when the patrol was ambushed by elements of an "
        "armed group. The peacekeepers returned fire and repelled the assailants, "
        "according to the Mission. The Secretary-General extends his deepest "
        "condolences to the family of the deceased peacekeeper, as well as to the "
        "Government and people of Zambia. He wishes a speedy recovery to the injured. "
        "The Secretary-General recalls that attacks targeting United Nations "
        "peacekeepers may constitute war crimes under international law. He calls on "
        "the Central African authorities to spare no effort in identifying the "
        "perpetrators so that they can be swiftly brought to justice. The "
        "Secretary-General reiterates the commitment of the United Nations to "
        "supporting the people and Government of the Central African Republic in their "
        "pursuit of lasting peace and stability.",
        "B",
        "attack on peacekeepers",
    ),
    (
        "No: 214, 9 November 2024, Press Release Regarding the Terrorist Attack in "
        "Quetta, Pakistan",
        "We strongly condemn the heinous terrorist attack carried out today at the "
        "railway station in Quetta, the capital of Pakistan's Balochistan province, "
        "which claimed the lives of at least 24 people, many of them soldiers waiting "
        "to board a train, and injured dozens. According to the initial information "
        "provided by the Pakistani authorities, a suicide bomber detonated explosives "
        "on the crowded platform shortly before the departure of a passenger train to "
        "Peshawar. Responsibility for the attack was claimed by a separatist terrorist "
        "organisation. We extend our heartfelt condolences to the families of those "
        "who lost their lives and to the brotherly people and Government of Pakistan, "
        "and wish a speedy recovery to the injured. Türkiye stands in full solidarity "
        "with Pakistan at this difficult time. We will continue to cooperate closely "
        "with Pakistan in the fight against terrorism in all its forms and "
        "manifestations. Our Embassy in Islamabad and Consulate General in Karachi are "
        "in contact with the local authorities, and no Turkish citizens are reported "
        "to be among the victims.",
        "T E",
        "suicide bombing",
    ),
    (
        "Security forces kill eight khwarij in intelligence-based operation in North "
        "Waziristan: ISPR",
        "RAWALPINDI: On 21 March 2025, security forces conducted an intelligence-based "
        "operation in the general area of Datta Khel, North Waziristan District, on "
        "the reported presence of khwarij. During the conduct of the operation, own "
        "troops effectively engaged the khwarij location, and after an intense "
        "exchange of fire, eight khwarij were sent to hell, while two were "
        "apprehended. Weapons, ammunition and explosives were also recovered from the "
        "killed khwarij, who remained actively involved in numerous terrorist "
        "activities against the security forces as well as the killing of innocent "
        "civilians. During the intense exchange of fire, a soldier of the Pakistan "
        "Army, Sepoy Muhammad Adil, aged 24 years, having fought gallantly, embraced "
        "shahadat. It was the third such operation in the district this week. "
        "Sanitisation operation is being carried out to eliminate any other khariji "
        "found in the area. Security forces of Pakistan are determined to wipe out the "
        "menace of Indian-sponsored terrorism from the country, and such sacrifices of "
        "our brave soldiers further strengthen our resolve, the ISPR said.",
        "M B",
        "counter-insurgency operation",
    ),
    (
        "IDF strikes Hezbollah terrorist infrastructure sites in southern Lebanon",
        "In the past few hours, IDF fighter jets struck Hezbollah terrorist "
        "infrastructure sites in the areas of Ayta ash-Shab, Kfarkela and Khiam in "
        "southern Lebanon, including a weapons storage facility and a launch post. "
        "Earlier today, approximately 35 projectiles were identified crossing from "
        "Lebanon into Israeli territory, most of which were intercepted by the Israeli "
        "Air Force; several fell in open areas in the Upper Galilee. No injuries were "
        "reported. In addition, IDF artillery struck in order to remove threats in a "
        "number of areas in southern Lebanon. An IDF aircraft also eliminated a "
        "Hezbollah terrorist operative who was operating in the area of Bint Jbeil. "
        "The Hezbollah terrorist organization has been firing at Israeli territory on "
        "a daily basis, and the IDF will continue to act with force against any threat "
        "to the citizens of the State of Israel. Residents of the north are asked to "
        "follow the Home Front Command guidelines.",
        "E M T",
        "airstrikes",
    ),
]
