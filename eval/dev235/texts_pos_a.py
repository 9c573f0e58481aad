"""dev235 positives, part A: reports from parliaments that give current fighting, strikes,
killings or flight. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Taliban gunmen storm Afghan parliament as MPs meet to approve defence minister",
        "Taliban fighters detonated a car bomb at the gates of Afghanistan's parliament in Kabul on "
        "Monday and then tried to force their way into the compound, as lawmakers gathered to vote "
        "on the nomination of a new defence minister. Television pictures broadcast live from the "
        "chamber showed the speaker calmly adjourning the session as the building shook and dust "
        "fell from the ceiling. Members of parliament were led out through a rear exit while "
        "security forces exchanged fire with six attackers who had taken up positions in a "
        "building across the road. All six were killed after a gunfight that lasted about two "
        "hours, the interior ministry said. A woman and a child died and at least 31 civilians "
        "were wounded, according to the health ministry. A Taliban spokesman claimed the attack "
        "in a message to reporters. President Ashraf Ghani called it a terrorist attack on the "
        "people's house and said the session would resume on Tuesday.",
        "E T B",
        "attack",
    ),
    (
        "Gunmen and suicide bomber hit Iran's parliament and Khomeini shrine",
        "Attackers armed with rifles and explosives burst into Iran's parliament complex in "
        "Tehran on Wednesday morning, opening fire on guards and visitors in the public entrance "
        "hall, while a second team struck the mausoleum of Ayatollah Ruhollah Khomeini south of "
        "the capital. One of the attackers blew himself up inside the parliament building after "
        "a standoff of several hours, state television reported. At least 12 people were killed "
        "and 42 wounded across the two sites, the head of Iran's emergency services said. "
        "Lawmakers carried on with an open session for part of the morning, and the speaker, Ali "
        "Larijani, described the assault as a minor matter that security forces were dealing "
        "with. The Islamic State group claimed responsibility through its Amaq news agency, the "
        "first time it has claimed an attack inside Iran. The Revolutionary Guards said the "
        "bloodshed would not go unanswered.",
        "T E V",
        "terrorist_attack",
    ),
    (
        "Minister tells Rada 20 killed, nine of them children, in strike on Kryvyi Rih playground",
        "Ukraine's interior minister told the Verkhovna Rada on Monday that a Russian ballistic "
        "missile fitted with a cluster warhead had struck a residential district of Kryvyi Rih on "
        "Friday evening, next to a children's playground. Twenty people were killed, nine of them "
        "children, and more than 70 were wounded, he said, reading the names of the youngest "
        "victims aloud as deputies stood. The missile hit as families were outside in the warm "
        "weather, the minister said, and the area had no military facility. Several lawmakers "
        "from the city wept in the chamber. The Rada then voted to appeal to foreign parliaments "
        "for more air defence systems. Russia's defence ministry claimed it had hit a meeting of "
        "commanders at a restaurant, a claim the regional governor rejected as a lie. Three days "
        "of mourning were declared in the city.",
        "E V",
        "missile_strike",
    ),
    (
        "Knesset committee told 60,000 northern residents still cannot go home",
        "Some 60,000 residents of communities along the Lebanese border remain evacuated from "
        "their homes, the Knesset's interior committee heard on Tuesday, as Hezbollah fire on "
        "the Galilee continued for a fourth month. The head of the Metula local council told "
        "lawmakers that anti-tank missiles had struck two more houses in the town over the "
        "weekend, and that only a handful of farmers were returning to tend orchards by day. "
        "Officials from the prime minister's office said the state was paying for more than "
        "200 hotels and guesthouses to house the displaced. Several MKs demanded a date by which "
        "families could return, which the officials said they could not give while rockets and "
        "drones were still being launched daily. In Kiryat Shmona, sirens sounded twice during "
        "the session. The committee chair said the north had become a security zone inside "
        "Israel, and called the hearing's findings a disgrace.",
        "E D",
        "displacement",
    ),
    (
        "Somali MP killed by roadside bomb on his way to parliament",
        "A Somali member of parliament was killed on Saturday when a bomb planted under the road "
        "exploded beside his car in the Hodan district of Mogadishu, police said. Abdullahi "
        "Qamaan, who represented a constituency in Lower Shabelle, was being driven to a session "
        "of the federal parliament when the device went off, a police officer, Captain Mohamed "
        "Hussein, told Reuters by phone. His bodyguard and the driver were also killed, and two "
        "passers-by were wounded. The al-Qaeda-linked group al-Shabaab said in a statement on "
        "its radio station that its fighters had carried out the attack. The militants have "
        "killed more than a dozen lawmakers since the parliament moved back to Mogadishu, and "
        "have repeatedly warned elders not to take part in choosing members. The speaker "
        "suspended Saturday's sitting and lawmakers observed a minute of silence.",
        "E T",
        "assassination",
    ),
    (
        "Senators observe minute's silence after Boko Haram kills 43 rice farmers in Borno",
        "Nigeria's Senate on Tuesday held a minute of silence for at least 43 farmers killed by "
        "Boko Haram fighters in rice fields near the village of Zabarmari, outside Maiduguri, "
        "over the weekend. Senator Kashim Shettima, who represents Borno Central, told the "
        "chamber that the insurgents had tied up the labourers and slit their throats while "
        "they harvested. Some of the farmers were still missing, he said, and women who had "
        "been working in the fields were feared to have been taken. Senators passed a motion "
        "urging the federal government to recruit more soldiers and to equip the civilian "
        "militia that guards farms around the state capital. Several lawmakers called for the "
        "service chiefs to resign. The presidency said the killings were insane and that the "
        "armed forces had been given all the support they needed.",
        "T V",
        "massacre",
    ),
    (
        "Kivu deputies walk out as M23 rebels seize mining town of Rubaya",
        "Lawmakers from North Kivu walked out of the National Assembly in Kinshasa on Thursday "
        "after M23 rebels captured the coltan-mining town of Rubaya following two days of "
        "fighting with the army and allied militias. The deputies said the government had "
        "abandoned their province, where they said more than 100,000 people had fled their "
        "homes in Masisi territory this month alone. A deputy from Masisi told reporters outside "
        "the chamber that families were walking towards Goma along roads lined with artillery "
        "positions. The defence minister, summoned to answer questions, said the army was "
        "regrouping and accused Rwandan troops of fighting alongside the rebels, which Kigali "
        "denies. The UN refugee agency said camps on the edge of Goma were already overflowing. "
        "The session was suspended until Monday.",
        "B D H",
        "battle",
    ),
    (
        "Protesters breach Kenya's parliament and set part of it on fire",
        "Thousands of protesters forced their way into Kenya's parliament compound in Nairobi "
        "on Tuesday and set part of the building ablaze, shortly after lawmakers voted to pass "
        "a finance bill raising taxes. Police fired tear gas and then live rounds as crowds "
        "pushed past barricades, and bodies lay in the street outside the gates, according to "
        "Reuters witnesses. At least five people were shot dead, the Kenya Medical Association "
        "said, and dozens were treated for gunshot wounds. Members of parliament were "
        "evacuated through an underground tunnel to the nearby offices. Part of Nairobi's city "
        "hall, across the road, also caught fire. The defence minister said the army had been "
        "deployed to support police. President William Ruto called the events treasonous and "
        "said the government would respond to the violence.",
        "U",
        "riot",
    ),
    (
        "Nepal's parliament burns as curfew fails to stop youth protests",
        "Protesters set fire to Nepal's federal parliament in Kathmandu on Tuesday, a day after "
        "police shot dead 19 people during demonstrations against a ban on social media. Smoke "
        "billowed from the Singha Durbar complex as crowds broke through a curfew imposed on "
        "the capital, and the homes of several senior politicians were also torched, the "
        "Kathmandu Post reported. Prime Minister K.P. Sharma Oli resigned in the afternoon. "
        "The army said it would take charge of security from 10 p.m. and urged young people to "
        "go home. Hospitals reported that more than 400 people had been treated for injuries "
        "since Monday, including police officers. The speaker's office said parliamentary "
        "records and the main hall had been badly damaged. The ban on 26 platforms, the trigger "
        "for the protests, was lifted on Monday night.",
        "U",
        "riot",
    ),
    (
        "Interior minister tells National Assembly 100 died in Peshawar mosque bombing",
        "Pakistan's interior minister told the National Assembly on Wednesday that the death "
        "toll from a suicide bombing at a mosque inside a police compound in Peshawar had "
        "reached 100, most of them policemen who were kneeling for afternoon prayers. Rana "
        "Sanaullah said the bomber had entered the heavily guarded Police Lines area wearing a "
        "police uniform and carrying about 10 to 12 kilograms of explosives. Rescuers were still "
        "pulling people from the rubble of the collapsed prayer hall on Tuesday night. Members "
        "from Khyber Pakhtunkhwa accused the government of ignoring repeated warnings of a "
        "resurgence of militant attacks in the province. A faction of the Pakistani Taliban "
        "had initially claimed the attack before the group's main spokesman distanced it from "
        "the bombing. The house passed a resolution condemning terrorism.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Sadr supporters storm Iraqi parliament; clashes in Green Zone leave 23 dead",
        "Supporters of the Shia cleric Moqtada al-Sadr stormed Iraq's parliament again on "
        "Monday after he announced he was quitting politics, and fighting spread through "
        "Baghdad's fortified Green Zone into the night. Gunmen from Sadr's Saraya al-Salam "
        "militia exchanged fire with members of the Popular Mobilisation Forces and security "
        "forces, with rocket-propelled grenades and machine guns heard near government "
        "buildings, AFP reporters said. At least 23 Sadr supporters were killed and about 380 "
        "people injured, medical sources said. The army announced a nationwide curfew. "
        "Protesters had earlier pulled down concrete barriers and swum in the pool of the "
        "Republican Palace. Parliament has not been able to elect a president or form a "
        "government since elections in October. Sadr told his followers on Tuesday to withdraw "
        "within an hour, and the fighting stopped.",
        "U B",
        "clashes",
    ),
    (
        "Senate hears of 40,000 displaced as ELN and FARC dissidents fight in Catatumbo",
        "Colombia's ombudswoman told a Senate commission on Tuesday that more than 40,000 people "
        "had fled fighting between the ELN guerrilla and FARC dissidents in the Catatumbo "
        "region since Thursday, the worst displacement the country has recorded in decades. "
        "Iris Marín said at least 80 people had been killed, among them a former peace-process "
        "signatory and a couple killed in front of their baby, and that armed men were going "
        "from house to house with lists of names. Families were arriving by the busload in "
        "Cúcuta and Tibú, where sports centres had been turned into shelters. Senators from "
        "Norte de Santander demanded that the government declare a state of internal "
        "commotion, which President Gustavo Petro did later in the day. The defence minister "
        "said 5,000 troops were being sent to the region. Aid groups warned that shelters were "
        "running out of food and blankets.",
        "B V D H",
        "battle",
    ),
    (
        "Lorenzana tells House 180,000 fled Marawi as troops battle Maute gunmen",
        "Defence Secretary Delfin Lorenzana told a House of Representatives committee on "
        "Wednesday that about 180,000 people had fled Marawi since militants allied to the "
        "Islamic State overran parts of the city, and that soldiers were fighting from house to "
        "house in the commercial district. Fifty-eight soldiers and police officers had been "
        "killed in the fighting, he told lawmakers, and the military estimated that about 300 "
        "militants were dead. Airstrikes were continuing against positions where gunmen were "
        "holding hostages, including a Catholic priest. Members from Lanao del Sur said "
        "evacuation centres in Iligan held far more people than they were built for. Lawmakers "
        "voted to extend funding for the relief operation and asked the military for a "
        "timeline to retake the city, which Lorenzana said he could not give. "
        "President Rodrigo Duterte has placed the whole of Mindanao under martial law.",
        "B M E T D H",
        "siege",
    ),
    (
        "Abiy tells MPs army has taken Humera, airstrikes hit Tigray arms depots",
        "Prime Minister Abiy Ahmed told Ethiopia's parliament on Monday that federal troops had "
        "captured the town of Humera and that air force jets had destroyed weapons depots "
        "around Mekelle held by the Tigray People's Liberation Front. Abiy said the operation "
        "was a law enforcement mission and would be over soon, and asked MPs to approve the "
        "removal of Tigrayan leaders' immunity from prosecution, which they did. Communications "
        "to the region have been cut for two weeks. The UN refugee agency said on the same day "
        "that more than 25,000 Ethiopians had crossed into Sudan, many of them saying they had "
        "fled shelling. Aid agencies said they had no access to the region and that food stocks "
        "for about 100,000 Eritrean refugees in camps in Tigray would run out within a week. "
        "The TPLF said federal jets had also bombed a dam near Mekelle.",
        "M B E D H",
        "offensive",
    ),
    (
        "Pashinyan tells parliament 105 soldiers killed as Azerbaijan shells border towns",
        "Armenia's prime minister Nikol Pashinyan told parliament on Wednesday that 105 "
        "Armenian soldiers had been killed since Azerbaijani forces began shelling and "
        "advancing on positions along the border overnight on Monday. Artillery, drones and "
        "large-calibre weapons had struck Jermuk, Goris and Vardenis, he said, and some "
        "Azerbaijani units had moved into Armenian territory. Authorities said more than 2,500 "
        "civilians had been evacuated from villages near the border. Azerbaijan said 71 of its "
        "troops had been killed and accused Armenia of provocations, which Yerevan denied. "
        "Pashinyan said Armenia had asked the Russian-led Collective Security Treaty "
        "Organization for help. Opposition deputies accused him of preparing to sign away "
        "land, and several hundred protesters gathered outside the building as the session "
        "went on.",
        "E B D",
        "border_clashes",
    ),
    (
        "Cameron 'appalled' as strike kills seven aid workers in Gaza; MPs demand arms halt",
        "Foreign Secretary David Cameron told the House of Lords on Tuesday that the British "
        "government was appalled by an Israeli strike that killed seven aid workers from the "
        "charity World Central Kitchen in Deir al-Balah, three of them British nationals. The "
        "convoy had been travelling in a deconflicted zone after delivering more than 100 "
        "tonnes of food to a warehouse, the charity said, when the first of its cars was hit by "
        "a missile, followed by two more. In the Commons, the Foreign Office minister Andrew "
        "Mitchell told MPs the Israeli ambassador had been summoned. Several Conservative and "
        "Labour MPs demanded a halt to arms export licences. The Israeli military said it had "
        "made a grave mistake and opened an investigation. World Central Kitchen paused its "
        "operations in the territory, where aid agencies say famine is imminent.",
        "E V H",
        "airstrike",
    ),
]
