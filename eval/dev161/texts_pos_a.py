"""dev161 positives (1 of 3): whole articles of the health, science, environment, agriculture
and education desks that report current organised violence or its direct consequences:
Sudan, Pakistan, Congo, Gaza, Ukraine, Myanmar, Nigeria and Burkina Faso
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Drone strike on El Fasher's last functioning hospital kills dozens of patients, WHO says",
        "A drone strike on the Saudi Teaching Hospital in El Fasher, the capital of Sudan's "
        "North Darfur state, killed at least 67 patients and relatives on Friday and wounded "
        "19 others, the head of the World Health Organization said. The hospital was the "
        "only public facility in the city still offering surgery, obstetric care and "
        "dialysis, according to doctors' groups. Tedros Adhanom Ghebreyesus said the "
        "emergency department had been hit while it was full of people waiting for "
        "treatment, and called for an immediate end to attacks on health care in Sudan. "
        "Local officials blamed the paramilitary Rapid Support Forces, which have encircled "
        "El Fasher since May and shelled it repeatedly. The RSF did not respond to a request "
        "for comment. The Sudan Doctors Network said three nurses were among the dead and "
        "that surgical teams had moved the surviving patients to a maternity unit with no "
        "operating theatre. Médecins Sans Frontières, which withdrew its staff from the "
        "hospital last year, said the strike left roughly 300,000 people in the city and the "
        "nearby Abu Shouk camp without a hospital able to perform surgery. The WHO has "
        "verified more than 150 attacks on health care in Sudan since the war between the "
        "army and the RSF began in April 2023. Doctors who remain in El Fasher say they are "
        "operating by torchlight, reusing gloves and running out of blood bags and "
        'anaesthetic. "We are asked to choose every day which patients we can keep alive," '
        "a surgeon at the hospital told Reuters by satellite phone a week before the strike. "
        "The WHO said it had been unable to send a supply convoy into the city for more than "
        "four months.",
        "E V H",
        "drone strike on hospital",
    ),
    (
        "Policeman guarding polio team shot dead in Bajaur as vaccination drive resumes",
        "PESHAWAR: A police constable escorting a polio vaccination team was shot dead and a "
        "female vaccinator wounded on Monday when gunmen on a motorcycle opened fire on them "
        "in Bajaur district, officials said, on the first day of a nationwide campaign. The "
        "team had been going door to door in a village near Khar when the attackers fired "
        "from a lane and fled towards the hills, a district police officer told reporters. "
        "The wounded health worker was taken to the district headquarters hospital, where "
        "doctors said she was out of danger. The provincial police chief described the "
        "shooting as a terrorist attack and said counter-terrorism officers had been sent to "
        "the area. No group claimed responsibility, but the Pakistani Taliban are active in "
        "the district, and militants have attacked polio teams across Khyber Pakhtunkhwa for "
        "more than a decade, accusing them of spying. Vaccination was suspended in two union "
        "councils after the attack and will resume under heavier security, the provincial "
        "Emergency Operations Centre said. Pakistan is one of only two countries where wild "
        "poliovirus is still endemic, and it recorded dozens of cases in 2025, most of them "
        "in the south of Khyber Pakhtunkhwa and in Sindh. The campaign aims to reach more "
        "than 45 million children under five over seven days.",
        "V T",
        "attack on vaccinators",
    ),
    (
        "Mpox patients flee Goma treatment centres as M23 rebels fight their way into the city",
        "Scores of patients being treated for mpox in Goma fled isolation wards this week as "
        "fighting between M23 rebels and Congolese troops reached the city, raising fears "
        "that the virus could spread among the hundreds of thousands of people on the move "
        "in eastern Democratic Republic of the Congo. Health officials in North Kivu said at "
        "least 130 patients left two treatment centres on Sunday and Monday, when shells "
        'fell near the airport and gunfire echoed through the city centre. "We have no idea '
        'where most of them are now," said an epidemiologist working with the provincial '
        "health division, who asked not to be named for his safety. The Rwanda-backed M23 "
        "said on Tuesday that it controlled Goma, though clashes with the army and allied "
        "militias continued in some districts. Hospitals were overwhelmed with people "
        "wounded in the fighting: the International Committee of the Red Cross said the "
        "hospital it supports had admitted more than 600 casualties in a week. Laboratories "
        "that sequence mpox samples lost power, and the WHO warned that freezers holding "
        "samples of Ebola and other pathogens at a research institute in the city were at "
        "risk. Eastern Congo has been the epicentre of the clade Ib mpox outbreak that led "
        "the WHO to declare a global health emergency in August 2024. Before the offensive, "
        "about 650,000 people were living in displacement camps around Goma, many of which "
        "emptied as the rebels advanced.",
        "B E D H",
        "offensive",
    ),
    (
        "Gaza polio campaign reaches children in the south during pauses as strikes continue "
        "elsewhere",
        "Health workers in Gaza vaccinated more than 187,000 children against polio in the "
        "first phase of an emergency campaign, the WHO said, after the first confirmed case "
        "in the territory in 25 years left a ten-month-old boy partly paralysed. The "
        "campaign relies on daily pauses in the fighting, agreed zone by zone, between 6 am "
        "and 3 pm. Teams of vaccinators moved between shelters, schools and tent camps in "
        "Deir al-Balah and Khan Younis, where most of Gaza's 2.1 million people have been "
        "displaced, many of them several times. Wastewater samples collected in July "
        "detected type 2 poliovirus, which WHO officials link to the collapse of water and "
        "sanitation systems during the war. Outside the agreed zones, Israeli air strikes "
        "continued: the Civil Defence said a strike on a house in Gaza City killed eight "
        "people on the second day of the campaign. Aid agencies said fuel shortages and "
        'damaged roads had made it hard to keep the vaccine cold. "The pauses are not a '
        'ceasefire, and polio will not wait for one," a UNICEF official said. A second '
        "round is planned in four weeks to give each child a second dose of the novel oral "
        "vaccine.",
        "H D E",
        "vaccination in war zone",
    ),
    (
        "Kakhovka dam breach floods villages and threatens an ecological disaster downstream",
        "The destruction of the Kakhovka dam on the Dnipro river has unleashed a flood that "
        "submerged dozens of villages in southern Ukraine and could cause lasting damage to "
        "farmland, drinking water and wildlife across the region, scientists warned on "
        "Wednesday. The dam, held by Russian forces since early in the invasion, was "
        "breached before dawn on Tuesday in what Ukraine says was a deliberate explosion set "
        "by Russian troops; Moscow blamed Ukrainian shelling. Ukrainian officials said about "
        "17,000 people had been evacuated from the flooded right bank, while authorities in "
        "the Russian-occupied left bank reported several thousand people moved out. Rescuers "
        "on the Ukrainian side said Russian artillery fired on evacuation points in Kherson, "
        "wounding two volunteers. Ecologists fear that engine oil, fertilisers and sewage "
        "washed from towns will pollute the Black Sea coast, and that the emptying of the "
        "reservoir will leave irrigation canals that fed farms across the south dry for "
        "years. The reservoir also supplied cooling water to the Zaporizhzhia nuclear plant "
        "upstream, though the International Atomic Energy Agency said there was no immediate "
        'risk. "We are looking at the destruction of an entire ecosystem in a few days," '
        "said an ecologist at Kherson's agrarian university. Conservationists said national "
        "parks along the lower Dnipro, home to rare steppe species, were under water. "
        "Farmers' associations say the loss of irrigation could turn fields in the Kherson, "
        "Zaporizhzhia and Dnipropetrovsk regions that grew vegetables, grain and oilseeds "
        "into near-desert within a few years. Hydrologists point out that the reservoir's "
        "bed, exposed as the water drains away, holds decades of sediment contaminated with "
        "heavy metals from upstream industry. The United Nations' humanitarian chief said "
        'the flood would have "grave and far-reaching consequences" for hundreds of '
        "thousands of people who had lost access to drinking water.",
        "E V D H",
        "dam destroyed",
    ),
    (
        "Drone hits reactor dome at Zaporizhzhia nuclear plant, nuclear watchdog says",
        "Drones struck the Zaporizhzhia nuclear power plant in southern Ukraine on Sunday, "
        "hitting the dome of one of its six reactors in the first direct attack on the site "
        "since November 2022, the International Atomic Energy Agency said. IAEA inspectors "
        "stationed at Europe's largest nuclear plant reported one casualty and said the "
        "strike had not damaged the reactor's containment, which was built to withstand an "
        "aircraft impact. Rafael Grossi, the agency's director-general, called the attacks "
        '"reckless" and said they had significantly increased the risk of a nuclear '
        "accident. The plant has been occupied by Russian forces since March 2022; Russian "
        "officials blamed Ukrainian drones, while Kyiv denied involvement. All six reactors "
        "are in cold shutdown, meaning there is far less heat to remove if cooling fails, "
        'but nuclear-safety researchers said that did not remove the danger. "Spent fuel '
        'pools and the single remaining power line are the weak points, not the dome," said '
        "a reactor physicist at a European university.",
        "E",
        "drone strike on nuclear plant",
    ),
    (
        "Tractor driver killed by mine as Kharkiv farmers race to sow uncleared fields",
        "A tractor driver was killed and his assistant badly injured on Thursday when their "
        "tractor drove over an anti-tank mine in a sunflower field in the Izium district of "
        "Ukraine's Kharkiv region, local prosecutors said. The field lies about 40 km from "
        "the front line and had not yet been surveyed by deminers, the regional "
        "administration said. Farmers in the area say they have little choice but to sow "
        "land they fear is contaminated, because cleared fields are too few and bank loans "
        "have to be repaid. The government estimates that about a fifth of Ukraine's "
        "territory may be contaminated with mines and unexploded ordnance, and the World "
        "Bank has put the cost of clearing it at more than $30 billion. Russian forces still "
        "shell villages near the Oskil river, and new mines are scattered by rockets and "
        'drones, deminers say. "We clear a field in spring and by summer there are new '
        'cluster munitions in it," said the head of a private demining team hired by a '
        "grain company. Agricultural exports, mostly grain and oilseeds, account for more "
        "than half of Ukraine's export earnings. Farm groups have asked the government to "
        "pay compensation to the families of farm workers killed by mines.",
        "E",
        "landmine",
    ),
    (
        "Myanmar helicopters fire on village school, killing at least seven children",
        "Myanmar military helicopters opened fire on a monastery school in a village in "
        "Sagaing region on Friday, killing at least seven children and six adults, teachers "
        "and local officials have said. Witnesses said two Mi-35 helicopters circled the "
        "village of Let Pan Chaung for about an hour, firing machine guns and rockets into "
        "the school compound while pupils were in class. Soldiers who then landed took away "
        "some of the wounded and the bodies, according to a teacher who hid with children in "
        "a ditch. The junta said its troops had been attacked by members of the anti-coup "
        "People's Defence Force hiding in the village and that the fighters had used "
        "villagers as shields. Save the Children said attacks on schools in Myanmar had "
        'risen sharply since the 2021 coup, and that children were being killed "in places '
        'where they should be safe". Across the country, schools run by the National Unity '
        "Government in resistance-held areas have moved into forests and monasteries to "
        "avoid air raids. Nearly a third of Myanmar's schoolchildren were out of school in "
        "the last academic year, according to UNICEF.",
        "E V M",
        "helicopter attack on school",
    ),
    (
        "Gunmen abduct more than 200 pupils from school in northwest Nigeria",
        "Armed men on motorcycles stormed a government secondary school in the Kaduna state "
        "village of Gidan Bako early on Thursday and abducted more than 200 pupils, some as "
        "young as eight, residents and a state lawmaker said. The attackers arrived as "
        "pupils were assembling for morning lessons, shooting into the air and herding "
        "children and at least one teacher into the bush, a teacher who escaped told "
        "reporters. Parents gathered outside the empty classrooms through the afternoon, "
        "many of them weeping, as the authorities tried to draw up a list of the missing. "
        "Kaduna's governor said security forces had been deployed to the forests where the "
        "abductors were believed to be hiding. No group claimed the kidnapping, but "
        "residents blamed the armed bandit gangs that control large parts of the northwest, "
        "raid villages and have abducted thousands of people for ransom in recent years. It "
        "is the largest mass abduction from a school since 2021, when armed groups seized "
        "hundreds of pupils in Zamfara and Niger states. UNICEF said the attack was a "
        'reminder that "schools must be places of learning, not places of fear". Hundreds '
        "of schools in the northwest have closed because of insecurity, and education "
        "officials estimate that more than a million children in the region have stopped "
        "attending.",
        "V",
        "mass abduction",
    ),
    (
        "Teachers killed as jihadists attack school in northern Burkina Faso",
        "Suspected jihadists killed four teachers and a school guard on Tuesday in an attack "
        "on a primary school in the Sahel region of northern Burkina Faso, the education "
        "ministry said. The gunmen arrived on motorbikes during the morning break, separated "
        "the teachers from their pupils and shot them behind the school building, according "
        "to a local official who spoke on condition of anonymity. They set fire to "
        'classrooms and told the children to go home and not come back to a "school of the '
        'whites". The ministry did not name the group responsible, but the area is '
        "contested by fighters linked to al-Qaeda and the Islamic State. Villagers have "
        "since fled towards the regional capital, Dori, joining tens of thousands of "
        "displaced people already living in camps and with host families there. The attack "
        "brings to more than 6,000 the number of schools closed by insecurity across Burkina "
        "Faso, affecting about a million children, according to the Education Cluster. "
        "Teachers' unions say their members are being asked to work in places the army "
        'cannot protect. "We are not soldiers, we are teachers," the secretary-general of '
        "one union said at a press conference in Ouagadougou.",
        "V T D",
        "attack on school",
    ),
    (
        "Sudan's scientists flee as fighting turns Khartoum's campuses into battlegrounds",
        "Researchers at the University of Khartoum say fighters have occupied parts of the "
        "campus and looted laboratories, as battles between Sudan's army and the "
        "paramilitary Rapid Support Forces rage across the capital. Staff who managed to "
        "visit the faculty of science last week found doors broken, computers and "
        'microscopes gone and freezers holding years of samples without power. "Twenty '
        'years of work on malaria parasites is gone in a month," a parasitologist who fled '
        "to Wad Madani told Nature. The RSF has positioned fighters in university buildings "
        "close to the army's headquarters, and air strikes and artillery have hit the area "
        "around the campus, according to residents. Many academics have left for Egypt, "
        "Saudi Arabia or the relatively calm east of the country, and hundreds of "
        "international students were evacuated in the first weeks of fighting. The "
        "university has suspended teaching indefinitely. The Sudanese Academy of Sciences "
        "has appealed to research funders abroad to offer temporary fellowships to displaced "
        "scientists, and several European institutions have said they will host researchers. "
        "Sudan's higher-education system had only just reopened after closures during the "
        "pandemic and the protests that toppled Omar al-Bashir in 2019.",
        "B E D",
        "fighting in the capital",
    ),
]
