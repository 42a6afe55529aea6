// Words of the demo office ("Muat kantor contoh", `lindung demo`). Indonesian first.
export const demoOfficeMessages = {
  id: {
    demoOffice: {
      notEmpty: 'Data ini sudah berisi catatan (pemberi kerja, pekerja, regulasi atau cakupan bulanan). Kantor contoh hanya dimuat ke folder data yang masih kosong, agar data contoh tidak bercampur dengan data kantor. Pakai folder data baru untuk mencoba (lindung --data-dir <folder baru> demo).',
      cli: {
        command: 'Memuat kantor contoh lengkap ke folder data yang kosong: pemberi kerja, pekerja dan program, regulasi dengan dokumennya, angka cakupan dan bulan yang dibekukan, serta siklus Paritrana dengan buktinya',
        employers: 'Jumlah pemberi kerja contoh',
        workers: 'Jumlah pekerja contoh',
        adminName: 'Nama tampilan administrator pertama, bila folder data belum punya akun',
        needUser: 'Sebutkan akun dengan --user. Folder data yang belum punya akun akan dibuatkan administrator pertama dengan nama itu (kata sandi dari {{env}} atau diketik).',
        setupDone: 'Kantor contoh disiapkan: {{office}} ({{area}}).',
        loading: 'Memuat kantor contoh',
        done: 'Selesai: {{employers}} pemberi kerja, {{workers}} pekerja, {{regulations}} regulasi, {{documents}} dokumen, {{months}} bulan cakupan dibekukan{{award}}.',
        award: ', siklus Paritrana "{{edition}}" dengan {{items}} bukti',
        count: 'Jumlah harus bilangan bulat dari {{min}} sampai {{max}}.',
      },
    },
  },
  en: {
    demoOffice: {
      notEmpty: 'This data already holds records (employers, workers, regulations or frozen coverage months). The demo office loads only into an empty data folder, so sample data never mixes with the office’s own. Use a new data folder to try it (lindung --data-dir <new folder> demo).',
      cli: {
        command: 'Loads a whole demo office into an empty data folder: employers, workers and programmes, regulations with their documents, coverage figures and frozen months, and a Paritrana cycle with its evidence',
        employers: 'Number of demo employers',
        workers: 'Number of demo workers',
        adminName: 'Display name of the first administrator, when the data folder has no account yet',
        needUser: 'Name an account with --user. A data folder without accounts gets a first administrator of that name (password from {{env}} or typed).',
        setupDone: 'Demo office set up: {{office}} ({{area}}).',
        loading: 'Loading the demo office',
        done: 'Done: {{employers}} employers, {{workers}} workers, {{regulations}} regulations, {{documents}} documents, {{months}} coverage months frozen{{award}}.',
        award: ', Paritrana cycle "{{edition}}" with {{items}} evidence items',
        count: 'The number must be a whole number from {{min}} to {{max}}.',
      },
    },
  },
};
