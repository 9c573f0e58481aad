"""dev161 hard negatives: the legacy of old wars in fields, soil and genes
(hard_negative_history), navies and universities without violence
(hard_negative_military), poachers, fake drugs, a school stabbing and a ransom kidnapping
(hard_negative_crime)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Laos farmer loses hand to Vietnam War-era bomblet as clearance funding shrinks",
        "A rice farmer in Laos's Xieng Khouang province lost his right hand and was wounded "
        "in the chest last week when his hoe struck a cluster bomblet dropped during the "
        "Vietnam War, a clearance agency working in the area said. The 38-year-old was "
        "preparing a field for planting near his village when the device, about the size of "
        "a tennis ball, exploded. More than two million tonnes of ordnance were dropped on "
        "Laos between 1964 and 1973, making it the most heavily bombed country per person in "
        "history, and about a third of the bombs did not explode. Unexploded ordnance has "
        "killed or injured more than 20,000 people since the war ended, many of them farmers "
        "and children. Clearance teams have destroyed hundreds of thousands of bomblets, but "
        "at the current pace it would take decades to clear the most contaminated land. The "
        "clearance agency said funding from foreign donors had fallen this year and that it "
        'had been forced to cut two survey teams. "Fifty years on, the war is still in the '
        'soil," a clearance team leader said. Many families keep farming land they know is '
        "contaminated because they have no other fields. Donors pledged new money at a "
        "conference in Vientiane last year, but the contributions have not made up for a cut "
        "in support from one of the largest funders. Survivors of accidents receive limited "
        "help: the government and charities provide artificial limbs, but many struggle to "
        "farm again. Researchers who mapped the bombing records have also found that many of "
        "the most contaminated villages are among the poorest in the country.",
        "history",
    ),
    (
        "A century after the First World War, Flanders farmers still dig up shells every spring",
        "Every spring, when farmers in the Belgian province of West Flanders plough their "
        "fields around Ypres, they turn up rusted artillery shells, grenades and shrapnel "
        "from the First World War, which they leave at the edge of the field for the army to "
        "collect. The Belgian army's bomb disposal service removes roughly 200 tonnes of "
        "such munitions a year, including gas shells that still contain mustard agent or "
        "phosgene. A study by soil scientists at Ghent University has now found elevated "
        "levels of copper and lead in the top layer of soil along the old front line, more "
        "than a century after the fighting ended, although the authors say concentrations in "
        "crops are below food-safety limits. The researchers mapped contamination using "
        "historical aerial photographs of shell craters and soil samples from more than 400 "
        'fields. "The landscape looks peaceful, but the chemistry still remembers the '
        "war,\" said the study's lead author. Hundreds of thousands of soldiers died in the "
        "battles around Ypres between 1914 and 1918. Chemical munitions recovered in the "
        "region are destroyed at a dedicated army facility near the village of Poelkapelle.",
        "history",
    ),
    (
        "US and Vietnam begin final phase of dioxin clean-up at Bien Hoa air base",
        "The United States and Vietnam on Tuesday began the largest phase yet of cleaning up "
        "dioxin contamination at the former Bien Hoa air base, where American forces stored "
        "and handled the defoliant Agent Orange during the Vietnam War. Engineers plan to "
        "excavate and treat about 500,000 cubic metres of contaminated soil and sediment "
        "over several years, using heat to break down the dioxin, one of the most toxic "
        "chemicals known. Officials of the US Agency for International Development said the "
        "project would cost more than $400 million. Studies have found dioxin levels in the "
        "soil around the base hundreds of times higher than international safety limits, and "
        "residents living nearby have had elevated levels in their blood. Vietnam says "
        "millions of people were exposed to Agent Orange during the war and that many of "
        "their children and grandchildren have been born with disabilities; the United "
        "States has not accepted that link for Vietnamese civilians. The earlier clean-up of "
        'the Da Nang airport was completed in 2018. "This work is part of healing the '
        'wounds of war," a Vietnamese defence ministry official said at the ceremony.',
        "history",
    ),
    (
        "Study estimates hundreds of thousands died of hunger and disease in Tigray during the war",
        "Researchers estimate that between 300,000 and 400,000 people in Ethiopia's Tigray "
        "region died as a result of the 2020-2022 war, most of them from hunger, disease and "
        "the collapse of health services rather than from violence, according to a study "
        "published this week in a peer-reviewed journal. The team, which included "
        "researchers from Mekelle University and European institutions, surveyed households "
        "across Tigray after the Pretoria peace agreement of November 2022 restored access "
        "to the region, and compared death rates with those before the war. They found that "
        "deaths among children under five rose more than fourfold during the blockade, when "
        "food, fuel, medicine and banking were cut off. The authors said their findings "
        "should inform the transitional justice process agreed in Pretoria. Ethiopia's "
        "federal government, which disputes previous estimates, did not respond to a request "
        'for comment. "These are not numbers from the battlefield; they are children who '
        'died of diarrhoea and measles because clinics had no drugs," said one of the '
        "authors. Health facilities in Tigray have since reopened, but many still lack staff "
        "and equipment. The region's interim administration has asked donors to fund a "
        "mental-health programme for survivors. The researchers' estimate is far higher than "
        "the number of deaths from violence recorded by monitoring groups during the war. "
        "Demographers said household surveys after a conflict tend to miss families in which "
        "everyone died or who have left the region, so the true figure could be higher "
        "still.",
        "history",
    ),
    (
        "Children of genocide survivors carry stress-related changes to their genes, study "
        "suggests",
        "Children born to Rwandan women who were pregnant during the 1994 genocide against "
        "the Tutsi show chemical changes in genes linked to stress and mental health, "
        "according to a study published in a genetics journal. Researchers from Rwanda and "
        "the United States compared DNA from about 30 mothers who were pregnant during the "
        "genocide and their children with a group of women who were living outside Rwanda at "
        "the time. They found differences in methylation, chemical tags that switch genes on "
        "and off, at sites linked to post-traumatic stress disorder and depression. The "
        "authors caution that the study is small and cannot show that the changes cause "
        "illness. Similar effects have been reported in the children of Holocaust survivors "
        'and of women who lived through the Dutch famine of 1944-45. "The trauma of 1994 '
        'did not end in 1994," said a Rwandan psychiatrist who was not involved in the '
        "research. The findings were presented at an event in Kigali ahead of the annual "
        "commemoration, known as Kwibuka, which begins on 7 April.",
        "history",
    ),
    (
        "Naval sonar exercise linked to beaked whale strandings in the Canary Islands",
        "Marine scientists have linked the stranding of at least seven beaked whales on the "
        "Canary Islands to a multinational naval exercise that used powerful mid-frequency "
        "sonar off the archipelago, and have renewed calls for a permanent ban on such "
        "activity in the area. Necropsies carried out by veterinary pathologists in Las "
        "Palmas found gas bubbles and bleeding in the whales' organs, a pattern similar to "
        "decompression sickness in divers, researchers said. Beaked whales dive deeper than "
        "almost any other mammal and are thought to panic and surface too fast when exposed "
        "to loud sonar pulses. Spain imposed a moratorium on naval sonar exercises within 50 "
        "nautical miles of the Canaries after a mass stranding in 2002, but this month's "
        "exercise took place in waters just outside that limit. The defence ministry said "
        "the navies involved had followed environmental protocols and that it would review "
        "the scientists' findings. \"The animals cannot tell us where the line on the map "
        'is," said one of the pathologists. Conservation groups want the exclusion zone '
        "extended to cover the whales' feeding grounds.",
        "military",
    ),
    (
        "Australian universities sign up to AUKUS defence research as students protest",
        "Six Australian universities have signed agreements with the Department of Defence "
        "to train engineers and scientists for the AUKUS submarine programme and to "
        "collaborate on research into hypersonics, autonomous underwater vehicles and "
        "quantum sensing. The government will fund hundreds of new places in nuclear "
        "engineering and related courses, and some of the universities will host visiting "
        "researchers from the United States and Britain. University leaders said the deals "
        "would bring long-term investment into science and engineering, and that all "
        "research would follow export-control laws. Some academics worry that the rules, "
        "which restrict the sharing of sensitive technology, could stop them working with "
        "international students and colleagues from countries such as China. Student groups "
        "held a sit-in outside the vice-chancellor's office at one university in Sydney, "
        'arguing that the institution should not become "a supplier to the arms industry". '
        '"Universities have done defence research for a century; the difference now is the '
        'scale," said a science policy researcher at the Australian National University. '
        "The first nuclear-powered submarines under the pact are not due to be built in "
        "Australia until the 2040s.",
        "military",
    ),
    (
        "Ranger shot dead by rhino poachers in South Africa's Kruger park",
        "A field ranger was shot dead and another wounded in a gunfight with suspected rhino "
        "poachers in the southern part of South Africa's Kruger National Park on Sunday "
        "night, South African National Parks said. The rangers were tracking a group of "
        "three men who had entered the park from a neighbouring community when the suspects "
        "opened fire, according to a statement. One suspect was arrested at the scene with a "
        "hunting rifle and an axe, and police are searching for the other two. The ranger, a "
        "father of three, had worked in the park for 14 years. Kruger has lost thousands of "
        "rhinos to poaching over the past 15 years, as criminal syndicates supply horn to "
        "markets in Asia, although the number killed has fallen as patrols, dehorning and "
        'surveillance have increased. "Our rangers put their lives on the line every night '
        'to protect our natural heritage," the environment minister said. Conservation '
        "groups say corruption among park staff and police has allowed syndicates to "
        "operate. South Africa's rhino population has fallen from about 20,000 in 2011 to "
        "fewer than 13,000 today.",
        "crime",
    ),
    (
        "Interpol-led raids seize counterfeit cancer drugs and fake weight-loss pens",
        "Police and health regulators in more than 80 countries seized millions of doses of "
        "falsified and unlicensed medicines, including fake cancer drugs and counterfeit "
        "weight-loss injection pens, in a week of coordinated raids, Interpol said on "
        "Tuesday. More than 700 people were arrested and over 13,000 websites selling "
        "illegal medicines were shut down, the agency said. In one case, investigators in "
        "Europe found vials labelled as a widely used chemotherapy drug that contained only "
        "salt water; in another, pens sold as semaglutide contained insulin, which can cause "
        'dangerously low blood sugar. "Criminals are targeting the most desperate '
        "patients,\" said Interpol's secretary-general. The World Health Organization "
        "estimates that one in ten medical products in low- and middle-income countries is "
        "substandard or falsified. Regulators urged patients to buy medicines only from "
        "licensed pharmacies. Investigators said organised crime groups increasingly use "
        "social media and messaging apps to advertise the drugs.",
        "crime",
    ),
    (
        "Teacher and pupil stabbed at Finnish school by former student, police say",
        "A former student stabbed a teacher and a 14-year-old pupil at a secondary school in "
        "the central Finnish town of Jämsä on Wednesday morning before being overpowered by "
        "staff, police said. Both victims were taken to hospital in Jyväskylä, where the "
        "teacher was in a serious but stable condition and the pupil was treated for cuts to "
        "his arm. The suspect, an 18-year-old man, was arrested at the scene, and police "
        "said they were investigating the attack as attempted murder. Investigators said "
        "they had found no indication of an ideological or political motive and believed the "
        "man had a personal grievance against staff at the school. The school was closed for "
        "the rest of the week, and crisis counsellors were offered to pupils and parents. "
        "Finland's education minister said the government would review security arrangements "
        "at schools, including locked entrances during lessons.",
        "crime",
    ),
    (
        "Kidnapped Benin City doctor freed after ransom, police arrest three suspects",
        "A consultant paediatrician abducted from his home in Benin City last week has been "
        "released, and three suspects have been arrested, the Edo State police command said "
        "on Sunday. The doctor was taken at gunpoint by four men who broke into his house on "
        "Tuesday night, and his family received calls demanding 50 million naira for his "
        "release, according to a colleague. A police spokesman declined to say whether a "
        "ransom had been paid, but the colleague said the family had raised a smaller sum "
        "with help from the hospital's staff association. Detectives traced the suspects "
        "through phone records and recovered a pistol and the doctor's car, police said. The "
        "Nigerian Medical Association's Edo branch had withdrawn services from public "
        "hospitals in the state for three days in protest at the kidnapping, the third of a "
        'doctor in the state this year. "We are being hunted like prey," the branch '
        "chairman said. Kidnapping for ransom by criminal gangs has become common in many "
        "parts of Nigeria, and doctors say it is driving more of them to emigrate.",
        "crime",
    ),
]
