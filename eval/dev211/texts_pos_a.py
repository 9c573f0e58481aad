"""dev211 positives, first half: hospitals struck, raided or cut off in wars, medics targeted,
vaccinators attacked, cholera under siege (see build.py)."""

POSITIVES = [
    (
        "Drone strike on El Fasher's last functioning hospital kills dozens, WHO says",
        "A drone strike on the Saudi Teaching Hospital in El Fasher killed at least 67 people and "
        "wounded 19 others on Friday, the World Health Organization said, in one of the deadliest "
        "attacks on health care in Sudan's 21-month war. Tedros Adhanom Ghebreyesus, the WHO "
        "director-general, said the hospital's emergency ward was full of patients receiving care "
        "when it was hit. Local officials blamed the Rapid Support Forces, which have besieged the "
        "North Darfur capital since May; the paramilitary group did not respond to requests for "
        "comment. The Saudi hospital was the only public facility in the city still able to "
        "perform surgery, according to Médecins Sans Frontières, which pulled its own staff out of "
        "El Fasher in the summer after repeated shelling. “Attacks on hospitals cannot be "
        "normalised,” said Clementine Nkweta-Salami, the UN's humanitarian coordinator for Sudan. "
        "Doctors at the facility described a scramble to move wounded patients into corridors as "
        "more shells landed nearby. The Sudan Doctors Network, a medical group, said the dead "
        "included patients' relatives who had been sleeping in the courtyard. Fewer than a "
        "quarter of health facilities in the hardest-hit states are still working, the WHO "
        "estimates. Aid agencies say cholera, measles and malnutrition are spreading in the "
        "displacement camps that ring the city, where hundreds of thousands of people have fled "
        "the fighting. The WHO said it had verified more than 100 attacks on health care in Sudan "
        "since the war began, killing staff and patients and destroying ambulances. Medical "
        "supplies sent to North Darfur have been held for weeks on the roads from Chad and Port "
        "Sudan. “We are operating on the floor, with no anaesthesia, and the drones come back "
        "every night,” a surgeon in the city wrote in a message to colleagues abroad.",
        "E V H D",
        "drone_strike",
    ),
    (
        "Missile hits Kyiv children's hospital as Russia launches mass daytime strike",
        "A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, on Monday "
        "during one of the heaviest daytime bombardments of Kyiv since the full-scale invasion, "
        "killing two adults at the site and wounding at least 16 people, seven of them children. "
        "Doctors carried infants still attached to drips into the street, and parents of children "
        "undergoing cancer treatment huddled in shelters as smoke rose from the toxicology block. "
        "Video verified by news agencies showed the dialysis department reduced to rubble. The "
        "health ministry said more than 600 young patients were moved to other hospitals in the "
        "capital within hours. Across Ukraine the day's barrage killed at least 38 people, "
        "according to regional officials. Ukraine's security service said fragments recovered at "
        "the scene belonged to a Kh-101 cruise missile, an account supported by the UN human "
        "rights monitoring mission, which said the hospital had probably been hit directly. Moscow "
        "denied targeting civilian sites and blamed a Ukrainian air-defence missile. Volunteers "
        "formed chains through the afternoon to clear debris by hand, and blood donation points "
        "in Kyiv reported queues around the block. The World Health Organization has recorded "
        "more than 1,800 attacks on health care in Ukraine since February 2022.",
        "E V H",
        "missile_strike",
    ),
    (
        "Israeli forces raid Kamal Adwan hospital, detain its director",
        "Israeli troops stormed Kamal Adwan Hospital in Beit Lahia on Friday, forcing patients and "
        "staff out into the cold and detaining dozens of men, among them the hospital's director, "
        "Dr Hussam Abu Safiya, Gaza's health ministry said. The raid put out of service what the "
        "World Health Organization called the last major health facility operating in northern "
        "Gaza. The WHO said about 15 critically ill patients and 50 carers and health workers were "
        "moved to the Indonesian Hospital, which is itself barely functional, and that some men "
        "were stripped and questioned outside in the winter night. The Israeli military said it "
        "had carried out a targeted operation against Hamas infrastructure at the site and had "
        "facilitated the evacuation of civilians. It said it had detained more than 240 suspects, "
        "some of whom it described as militants hiding in the compound. Abu Safiya had posted "
        "appeals for weeks as strikes hit the hospital's upper floors, its oxygen station and its "
        "generators. Photographs shared by staff show fire in the surgical department and the "
        "laboratory. Relatives said they did not know where the director was being held. Rights "
        "groups, including Physicians for Human Rights Israel, called for his immediate release.",
        "M V H D",
        "raid",
    ),
    (
        "Myanmar junta hunts doctors who treated protesters, medics say",
        "Security forces in Myanmar have arrested at least 150 health workers since the February "
        "coup and issued warrants for hundreds more, accusing them of joining the civil "
        "disobedience movement and treating wounded protesters in secret clinics, according to "
        "Insecurity Insight and Physicians for Human Rights. In Mandalay, soldiers raided a "
        "private clinic on Tuesday night and took away two doctors and a nurse who had been "
        "stitching up young men shot in the street earlier in the day, witnesses told Reuters. "
        "Volunteer medics say they now work from monasteries and private homes, moving every few "
        "nights. “We treat gunshot wounds to the head and chest,” said a 31-year-old doctor in "
        "Yangon, who asked not to be named for fear of arrest. “They shoot at us when we try to "
        "reach the injured.” Troops have occupied dozens of public hospitals, and the World "
        "Health Organization has recorded more than 170 attacks on health care since the "
        "military took power. A junta spokesman said doctors who incite unrest would face the "
        "law. The Assistance Association for Political Prisoners says more than 780 people have "
        "been killed in the crackdown on protests.",
        "V U",
        "crackdown",
    ),
    (
        "Nairobi hospitals overwhelmed as police open fire on tax protesters",
        "Doctors at Kenyatta National Hospital worked through the night on Tuesday to treat "
        "dozens of people with gunshot wounds after police fired live rounds at protesters who "
        "stormed parliament over proposed tax rises. The hospital said it had received 160 "
        "patients, some in critical condition, and appealed for blood donors. The Kenya Medical "
        "Association said volunteer medics tending the injured in central Nairobi had been "
        "tear-gassed, and that police had entered a church where a first-aid point had been set "
        "up. “We saw wounds you see in war, not at a demonstration,” said a surgeon who asked not "
        "to be named. Amnesty International Kenya said at least 13 people had been killed in the "
        "capital alone. President William Ruto called the storming of parliament treasonous and "
        "deployed the army to support the police. Protesters set part of the parliament building "
        "on fire before being driven back. The Kenya Red Cross said one of its ambulances had been "
        "attacked and its crew injured, and that it was treating people in tents outside the "
        "city centre.",
        "U",
        "crackdown",
    ),
    (
        "Iranian eye doctors warn of hundreds blinded by pellets in protest crackdown",
        "More than 400 Iranian ophthalmologists have written to the head of the country's "
        "medical council warning that security forces are firing birdshot and rubber bullets at "
        "protesters' faces, leaving hundreds with eye injuries. The letter, seen by the Guardian, "
        "said three hospitals in Tehran alone had treated 580 patients with eye trauma since the "
        "protests began in September over the death in custody of Mahsa Amini. Doctors in "
        "Kurdistan province described operating on young men and women with pellets lodged "
        "behind the eye, many of whom will never see again. Some wounded protesters avoid "
        "hospitals altogether because plainclothes agents have arrested patients in emergency "
        "departments, according to medics and rights groups. Iran Human Rights, a Norway-based "
        "group, says at least 326 people have been killed in the crackdown. The judiciary has "
        "charged thousands of people in connection with what officials call riots instigated by "
        "foreign enemies. The medical council did not respond to a request for comment.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen kill police guard and polio worker in north-west Pakistan as vaccination drive begins",
        "Gunmen on motorcycles shot dead a policeman escorting a polio vaccination team and a "
        "female vaccinator in Bajaur district of Khyber Pakhtunkhwa on Monday, police said, hours "
        "after a nationwide campaign to immunise 45 million children began. A second vaccinator "
        "was wounded and taken to the district headquarters hospital in Khar. No group "
        "immediately claimed responsibility, but a senior police officer said the attack bore the "
        "hallmarks of the Pakistani Taliban, which has repeatedly targeted immunisation teams and "
        "their guards. The province's counter-terrorism department registered a case under the "
        "anti-terrorism law. Militants have long spread claims that the vaccine is a Western plot "
        "to sterilise Muslims, and scores of health workers and police have been killed in such "
        "attacks over the past decade. The campaign was suspended for three days in the union "
        "councils where the attack took place. Pakistan is one of only two countries, with "
        "Afghanistan, where wild poliovirus still circulates.",
        "T V",
        "attack",
    ),
    (
        "Eight polio vaccinators shot dead in northern Afghanistan",
        "Gunmen killed eight members of polio vaccination teams in a series of coordinated "
        "attacks in Kunduz and Takhar provinces on Thursday, Taliban officials and the United "
        "Nations said, forcing the suspension of a house-to-house campaign that had only just "
        "resumed across the country. Four of the dead were women. In Kunduz city, attackers opened "
        "fire on vaccinators going door to door in two separate neighbourhoods, a provincial "
        "spokesman said. No group claimed the killings, which an interior ministry spokesman "
        "called a cowardly terrorist attack. The Islamic State's regional affiliate has carried "
        "out a string of bombings and shootings in the north since the Taliban seized power in "
        "August. UNICEF said it was deeply shocked and that the campaign, the first nationwide "
        "one in three years, had reached more than 8 million children in its first rounds. The "
        "Taliban administration said it had arrested suspects and promised protection for health "
        "workers. Afghanistan and neighbouring Pakistan are the last countries where wild polio "
        "remains endemic.",
        "T V",
        "attack",
    ),
    (
        "Armed men torch Ebola treatment centre in eastern Congo, MSF suspends work",
        "Médecins Sans Frontières has suspended its work at an Ebola treatment centre in "
        "Butembo, in Congo's North Kivu province, after assailants set parts of it on fire on "
        "Wednesday night, the second attack on its facilities in the region in four days. "
        "Patients fled during the attack, and four of them with confirmed Ebola were later found "
        "and brought back, the medical charity said. Days earlier, attackers burned wards and "
        "vehicles at a centre in Katwa, forcing staff to evacuate. A police officer was shot dead "
        "in an exchange of fire with the attackers at Butembo, the health ministry said. Local "
        "officials blamed Mai-Mai militias, which are active around the city and have exploited "
        "mistrust of outsiders. “We have become a target,” said Emmanuel Massart, MSF's "
        "emergency coordinator. The outbreak, the second-largest on record, has infected more "
        "than 870 people since August. Health officials fear the suspension will drive patients "
        "to be cared for at home and in prayer houses, where the virus spreads more easily.",
        "V H B",
        "attack",
    ),
    (
        "Cholera spreads in besieged Taiz as fighting cuts water supplies",
        "Cholera is spreading rapidly through the Yemeni city of Taiz, where a siege by Houthi "
        "forces and daily shelling have crippled hospitals and cut off piped water to most "
        "neighbourhoods, aid agencies said on Thursday. The World Health Organization said the "
        "governorate had recorded more than 11,000 suspected cases since late April and at least "
        "96 deaths. Only a handful of the city's 20 hospitals are partly functioning, according to "
        "local health officials, and doctors at al-Thawra hospital say patients lie two to a bed "
        "in the corridors. “People are drinking from wells contaminated with sewage because there "
        "is no fuel to run the pumps,” said a Save the Children spokesman in Sana'a. Trucks "
        "carrying chlorine tablets and oral rehydration salts have been held for days at "
        "checkpoints outside the city, aid workers said. Snipers overlook the main road into the "
        "enclave, and residents bring in supplies along a steep mountain track. Nationwide, the "
        "outbreak has killed more than 2,000 people since it began, the WHO says. The UN calls "
        "Yemen the world's worst humanitarian crisis.",
        "H",
        "cholera_outbreak",
    ),
    (
        "Cholera surges in Darfur camps swollen by families fleeing El Fasher",
        "Cholera cases have soared in Tawila, a town in North Darfur where hundreds of thousands "
        "of people have sheltered after fleeing attacks on El Fasher and the nearby Zamzam camp, "
        "Médecins Sans Frontières said on Wednesday. The charity said its teams had treated more "
        "than 1,500 patients in a single week, many of them too dehydrated to walk. Tawila has "
        "absorbed an estimated 380,000 new arrivals since April, when the Rapid Support Forces "
        "overran Zamzam, according to the International Organization for Migration. Families "
        "live under plastic sheets and straw, and in some sites there is one latrine for more "
        "than 500 people. “This is an outbreak that feeds on war,” said an MSF project "
        "coordinator. Aid convoys from Chad take weeks to reach the area because of fighting along "
        "the roads and the rainy season, which has turned tracks to mud. Sudan's health ministry "
        "has reported more than 100,000 suspected cholera cases nationwide since July last year. "
        "Teams have begun an oral vaccine campaign in the camps, but the doses cover only a "
        "fraction of those at risk.",
        "H D",
        "cholera_outbreak",
    ),
    (
        "Haiti's main hospital shuts as gang fighting engulfs downtown Port-au-Prince",
        "The State University Hospital of Haiti, the country's largest public hospital, has "
        "closed after gangs fighting the police took over the streets around it, leaving "
        "patients to be carried out by relatives, health officials said. Staff fled on Monday as "
        "gunfire raked the neighbourhood near the National Palace, and a nurse was wounded by a "
        "stray bullet, a hospital administrator said. The Viv Ansanm gang coalition has attacked "
        "police stations, prisons and public buildings across the capital since the end of "
        "February. Médecins Sans Frontières said its emergency centre in Turgeau was treating "
        "more gunshot victims than at any time in its two decades in Haiti. Only about a quarter "
        "of the capital's health facilities are working normally, the Pan American Health "
        "Organization said, and fuel shortages caused by gang control of the main port threaten "
        "the generators of those that remain open. The UN's migration agency says more than "
        "360,000 people have been displaced in the metropolitan area, many of them sleeping in "
        "schools and churches. “We can't reach the patients and they can't reach us,” said a "
        "doctor at a clinic in Pétion-Ville.",
        "B H D",
        "hospital_closure",
    ),
    (
        "Tigray's main hospital runs out of insulin and dialysis supplies under blockade",
        "Doctors at Ayder Referral Hospital in Mekelle say patients are dying of treatable "
        "conditions because a blockade of Ethiopia's Tigray region has stopped almost all "
        "medical supplies from reaching them. The hospital, the region's largest, has run out of "
        "insulin, intravenous fluids, cancer drugs and the solutions needed for dialysis, "
        "according to a letter from its staff seen by the BBC. “We are watching our patients "
        "die,” said a surgeon there. The World Health Organization's director-general, Tedros "
        "Adhanom Ghebreyesus, said the agency had not been allowed to send medicine into Tigray "
        "since July. Ethiopia's government, which has been fighting Tigrayan forces since "
        "November 2020, denies blocking aid and accuses the rebels of diverting supplies. No aid "
        "convoy has entered the region by road since mid-December, the UN said. Banking, fuel "
        "and telecommunications services remain cut. Health workers have gone unpaid for months, "
        "and some clinics now ask patients to pay in grain or eggs.",
        "H",
        "blockade",
    ),
    (
        "Gaza hospitals ration anaesthetics as aid blockade enters third month",
        "Surgeons in Gaza are operating without enough anaesthetic and reusing single-use "
        "equipment, health officials said, as Israel's blockade of all aid into the territory "
        "entered its third month. The World Health Organization said on Tuesday it had 52 trucks "
        "of medical supplies waiting on the Egyptian side of the border, enough to treat "
        "thousands of trauma patients. Israel halted the entry of food, fuel and medicine on "
        "March 2, saying Hamas was stealing aid, a claim the group denies, and resumed its "
        "offensive two weeks later. At Nasser Hospital in Khan Younis, doctors said they were "
        "dressing burns with saline and gauze, and that dozens of patients with kidney failure "
        "had missed dialysis sessions. “Every day we choose who gets the painkillers,” said an "
        "emergency doctor. The UN said 22 of Gaza's 36 hospitals were out of service and the "
        "rest only partly working. Strikes over the weekend killed more than 80 people, according "
        "to the health ministry. COGAT, the Israeli military body that coordinates civilian "
        "affairs, said there was no shortage of aid in Gaza.",
        "H E",
        "blockade",
    ),
    (
        "Airstrikes knock out hospitals in Syria's Idlib as tens of thousands flee",
        "Syrian and Russian warplanes have struck at least a dozen health facilities in "
        "north-western Syria since late April, putting several hospitals out of action as tens "
        "of thousands of people flee an offensive on the last rebel-held enclave, aid groups "
        "said. The Syrian American Medical Society said the surgical hospital in Kafr Nabl was "
        "hit three times in two days and was now out of service. In some cases the hospitals' "
        "coordinates had been shared with the warring parties through a UN system meant to "
        "protect them, the Union of Medical Care and Relief Organizations said. The World Health "
        "Organization said 49 health facilities had suspended work, some because staff had fled "
        "with their families. Russia's defence ministry denied striking civilian targets and "
        "said it was responding to rebel drone attacks on its Hmeimim air base. More than "
        "150,000 people have been displaced in southern Idlib and northern Hama, the UN said, "
        "many of them sleeping under olive trees near the Turkish border. “We are running out of "
        "places to move our hospitals to,” said a doctor who has moved his clinic three times.",
        "E V H D",
        "airstrike",
    ),
    (
        "Airstrike on MSF-backed hospital in northern Yemen kills 11",
        "An airstrike by the Saudi-led coalition hit a hospital supported by Médecins Sans "
        "Frontières in Hajjah province on Monday, killing at least 11 people and wounding 19, the "
        "medical charity said. The strike on Abs hospital came days after the collapse of "
        "UN-backed peace talks and a resumption of coalition air raids on Houthi-held areas. MSF "
        "said the GPS coordinates of the hospital had been shared repeatedly with all parties to "
        "the conflict, including the coalition. A member of staff was among the dead. “Once "
        "again we see a hospital bombed,” said an MSF emergency manager in Barcelona. The "
        "coalition said it would investigate the incident. It was the fourth attack on an "
        "MSF-supported facility in Yemen in less than a year. The hospital had treated more than "
        "4,600 patients since July last year. Residents said ambulances could not reach the "
        "wounded for an hour because planes were still circling overhead.",
        "E V H",
        "airstrike",
    ),
]
